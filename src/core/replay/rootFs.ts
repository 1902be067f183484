/**
 * The file system of a snapshot: machine paths resolved inside `root/`, never outside it. Absolute symlink
 * targets are re-rooted, `..` stops at `root/`, loops end in ELOOP, and `<name>.sparse.json` stands for `<name>`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSparse, SPARSE_SUFFIX, type SparseFile } from '../snapfile/sparse';
import { parseJsonText } from '../launch/jsonText';
import type { FileStat, FsResult } from '../host/types';
import { fail, readTextNode, toFileStat } from '../host/fsNode';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';

function fastJson(text: string): { ok: true; value: unknown } | undefined {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function readlinkOf(real: string): string | Error {
  try {
    return fs.readlinkSync(real);
  } catch (e) {
    return e as Error;
  }
}

const MAX_LINKS = 40;

export interface Resolved {
  /** The machine path after resolution (what realpath answers). */
  machine: string;
  /** The real path under root/ (for a sparse file: the .sparse.json). */
  real: string;
  sparse?: SparseFile;
}

function err<T>(code: string, p: string): FsResult<T> {
  return { ok: false, code, message: `${code}: ${p}` };
}

/** Parsed .sparse.json files, shared by every snapshot host of the process (keyed by path, size and mtime). */
const sparseCache = new Map<string, { key: string; value: SparseFile | string }>();

export class RootFs {
  /** lstat of real paths under root/, memoised for the life of this host (one diagnosis). */
  private readonly lstats = new Map<string, fs.Stats | undefined>();
  private readonly resolved = new Map<string, FsResult<Resolved>>();

  /** Never throws: a name the OS refuses (ENAMETOOLONG, EACCES, …) reads as absent. */
  private lstat(real: string): fs.Stats | undefined {
    if (this.lstats.has(real)) return this.lstats.get(real);
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(real, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    this.lstats.set(real, st);
    return st;
  }

  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Resolves a machine path; `followLast` false gives lstat/readlink semantics for the final component. */
  resolve(p: string, followLast: boolean): FsResult<Resolved> {
    const key = (followLast ? '1' : '0') + p;
    let r = this.resolved.get(key);
    if (!r) {
      r = this.resolveUncached(p, followLast);
      this.resolved.set(key, r);
    }
    return r;
  }

  private resolveUncached(p: string, followLast: boolean): FsResult<Resolved> {
    const todo = p.split('/').reverse();
    const parts: string[] = [];
    let links = 0;
    while (todo.length > 0) {
      const c = todo.pop() as string;
      if (c === '' || c === '.') continue;
      if (c === '..') {
        parts.pop();
        continue;
      }
      const real = `${this.root}/${parts.length ? parts.join('/') + '/' : ''}${c}`;
      const last = !todo.some((x) => x !== '' && x !== '.');
      const st = this.lstat(real);
      if (!st) return this.resolveSparse(real, [...parts, c], last, p);
      if (st.isSymbolicLink() && (!last || followLast)) {
        if (++links > MAX_LINKS) return err('ELOOP', p);
        const target = readlinkOf(real);
        if (typeof target !== 'string') return fail(target);
        if (target.startsWith('/')) parts.length = 0;
        todo.push(...target.split('/').reverse());
        continue;
      }
      if (!last && !st.isDirectory() && !st.isSymbolicLink()) return err('ENOTDIR', p);
      parts.push(c);
    }
    return { ok: true, value: { machine: '/' + parts.join('/'), real: parts.length ? `${this.root}/${parts.join('/')}` : this.root } };
  }

  private resolveSparse(real: string, parts: string[], last: boolean, p: string): FsResult<Resolved> {
    const sparsePath = real + SPARSE_SUFFIX;
    if (!last || !this.lstat(sparsePath)) return err('ENOENT', p);
    const sparse = this.loadSparse(sparsePath);
    if (typeof sparse === 'string') return { ok: false, code: 'EINVAL', message: sparse };
    return { ok: true, value: { machine: '/' + parts.join('/'), real: sparsePath, sparse } };
  }

  private loadSparse(file: string): SparseFile | string {
    const st = this.lstat(file);
    if (!st) return t(SNAP.cannotRead, { path: file });
    const key = `${st.size}:${st.mtimeMs}:${st.ino}`;
    const hit = sparseCache.get(file);
    if (hit && hit.key === key) return hit.value;
    // The one bounded reader: regular files only (never a FIFO or /dev/zero), capped, a symlink refused.
    const text = readTextNode(file, 'sparseJson', { noFollow: true });
    let value: SparseFile | string;
    if (!text.ok) value = text.message;
    else {
      // JSON.parse first (fast on a large file); jsonc-parser only to name the place of an error.
      const parsed = fastJson(text.value) ?? parseJsonText(text.value, file, { jsonc: false });
      value = parsed.ok ? parseSparse(parsed.value) : parsed.error;
      if (typeof value === 'string' && parsed.ok) value = `${file}: ${value}`;
    }
    sparseCache.set(file, { key, value });
    return value;
  }

  stat(p: string, follow: boolean): FsResult<FileStat> {
    const r = this.resolve(p, follow);
    if (!r.ok) return r;
    try {
      const raw = this.lstat(r.value.real);
      if (!raw) return err('ENOENT', p);
      const st = toFileStat(raw);
      const sp = r.value.sparse;
      return { ok: true, value: sp ? { ...st, kind: 'file', size: sp.size, mode: sp.mode } : st };
    } catch (e) {
      return fail(e);
    }
  }

  readdir(p: string): FsResult<string[]> {
    const r = this.resolve(p, true);
    if (!r.ok) return r;
    if (r.value.sparse) return err('ENOTDIR', p);
    try {
      const names = fs.readdirSync(r.value.real);
      const set = new Set(names);
      const out = names.map((n) => (n.endsWith(SPARSE_SUFFIX) && !set.has(n.slice(0, -SPARSE_SUFFIX.length)) ? n.slice(0, -SPARSE_SUFFIX.length) : n));
      return { ok: true, value: out.sort() };
    } catch (e) {
      return fail(e);
    }
  }
}
