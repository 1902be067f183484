/**
 * The file system of a snapshot: machine paths resolved inside `root/`, never outside it. Absolute symlink
 * targets are re-rooted, `..` stops at `root/`, loops end in ELOOP, and `<name>.sparse.json` stands for `<name>`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSparse, SPARSE_SUFFIX, type SparseFile } from '../snapshot/sparse';
import { parseJsonText } from '../snapshot/jsonText';
import type { FileStat, FsResult } from './types';
import { fail, toFileStat } from './fsNode';

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

export class RootFs {
  private readonly sparseCache = new Map<string, SparseFile | string>();

  constructor(readonly root: string) {}

  /** Resolves a machine path; `followLast` false gives lstat/readlink semantics for the final component. */
  resolve(p: string, followLast: boolean): FsResult<Resolved> {
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
      const real = path.join(this.root, ...parts, c);
      const last = !todo.some((x) => x !== '' && x !== '.');
      let st: fs.Stats;
      try {
        st = fs.lstatSync(real);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return fail(e);
        return this.resolveSparse(real, [...parts, c], last, p);
      }
      if (st.isSymbolicLink() && (!last || followLast)) {
        if (++links > MAX_LINKS) return err('ELOOP', p);
        const target = fs.readlinkSync(real);
        if (target.startsWith('/')) parts.length = 0;
        todo.push(...target.split('/').reverse());
        continue;
      }
      if (!last && !st.isDirectory() && !st.isSymbolicLink()) return err('ENOTDIR', p);
      parts.push(c);
    }
    return { ok: true, value: { machine: '/' + parts.join('/'), real: path.join(this.root, ...parts) } };
  }

  private resolveSparse(real: string, parts: string[], last: boolean, p: string): FsResult<Resolved> {
    const sparsePath = real + SPARSE_SUFFIX;
    if (!last || !fs.existsSync(sparsePath)) return err('ENOENT', p);
    const sparse = this.loadSparse(sparsePath);
    if (typeof sparse === 'string') return { ok: false, code: 'EINVAL', message: sparse };
    return { ok: true, value: { machine: '/' + parts.join('/'), real: sparsePath, sparse } };
  }

  private loadSparse(file: string): SparseFile | string {
    let v = this.sparseCache.get(file);
    if (v === undefined) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        return `${file}: ${(e as Error).message}`;
      }
      const parsed = parseJsonText(text, file, { jsonc: false });
      v = parsed.ok ? parseSparse(parsed.value) : parsed.error;
      if (typeof v === 'string' && parsed.ok) v = `${file}: ${v}`;
      this.sparseCache.set(file, v);
    }
    return v;
  }

  stat(p: string, follow: boolean): FsResult<FileStat> {
    const r = this.resolve(p, follow);
    if (!r.ok) return r;
    try {
      const st = toFileStat(fs.lstatSync(r.value.real));
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
