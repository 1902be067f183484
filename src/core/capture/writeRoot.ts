/**
 * Writes the files a recording touched under `<out>/root/`, through the one confined writer (every recorded path
 * normalised and kept under root/, nothing followed through a symlink, nothing removed): directories, symlinks as
 * symlinks, file contents only where read (Mach-O headers and load commands at their original offsets, as
 * `.sparse.json`, Go build info in them reduced by ./buildInfo.ts), and text files read in full reduced to what
 * the allow-list of their kind keeps (./kept.ts).
 */
import * as path from 'node:path';
import type { Host } from '../host/types';
import { ConfinedWriter } from '../io/write';
import type { Recording } from './recorder';
import type { ProbeTextKind } from '../io/read';
import { keptText } from './kept';
import { keepBuildInfoIn } from './buildInfo';
import { mergeExtents, SPARSE_SUFFIX, toSparseJson } from '../snapfile/sparse';

export interface RootWritten {
  /** Writes refused (one line each). */
  refused: string[];
  /** The kind of each text file written (its machine path): what of it the allow-list kept. */
  kinds: Record<string, ProbeTextKind>;
}

/** Writes root/. Throws a WriteError on an OS error. */
export function writeRoot(inner: Host, rec: Recording, rootDir: string): RootWritten {
  const w = new RootWriter(inner, new ConfinedWriter(rootDir));
  const texts = new Map<string, string>();
  const kinds: Record<string, ProbeTextKind> = {};
  for (const [p, kind] of rec.texts) {
    const rp = inner.realpath(p);
    const text = inner.readText(p, kind);
    if (!rp.ok || !text.ok) continue;
    texts.set(rp.value, keptText(kind, text.value));
    kinds[rp.value] = kind;
  }
  for (const p of texts.keys()) w.claim(p);
  for (const p of rec.paths) w.replicate(p, new Set());
  for (const d of rec.dirs) w.listing(d);
  const byReal = new Map<string, { offset: number; bytes: Uint8Array }[]>();
  for (const [p, ranges] of rec.reads) {
    const rp = inner.realpath(p);
    if (!rp.ok) continue;
    byReal.set(rp.value, [...(byReal.get(rp.value) ?? []), ...ranges]);
  }
  for (const [p, ranges] of byReal) if (!texts.has(p)) w.sparse(p, ranges);
  for (const [p, text] of texts) w.text(p, text);
  return { refused: w.refused(), kinds };
}

class RootWriter {
  private done = new Set<string>();

  constructor(private readonly inner: Host, private readonly w: ConfinedWriter) {}

  refused(): string[] {
    return this.w.refused;
  }

  /** A path written later in full (a text file): nothing else is written in its place. */
  claim(p: string): void {
    this.done.add(p);
  }

  /** Recreates each component of `p` as it is on the inner host, following symlinks to replicate their targets. */
  replicate(p: string, guard: Set<string>): void {
    if (!p.startsWith('/') || guard.has(p) || guard.size > 40) return;
    guard.add(p);
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      cur = `${cur}/${parts[i]}`;
      const st = this.inner.lstat(cur);
      if (!st.ok) return;
      if (st.value.kind === 'symlink') {
        const target = this.inner.readlink(cur);
        if (!target.ok) return;
        this.symlink(cur, target.value);
        const base = target.value.startsWith('/') ? target.value : path.posix.join(path.posix.dirname(cur), target.value);
        this.replicate(path.posix.join(base, ...parts.slice(i + 1)), guard);
        return;
      }
      if (st.value.kind === 'directory') this.w.mkdir(cur);
      else if (st.value.kind === 'file') this.emptyFile(cur, st.value.size, st.value.mode);
      if (st.value.kind !== 'directory') return;
    }
  }

  /** The entries of a listed directory (its real path: a listing is never written through a symlink). */
  listing(dir: string): void {
    const real = this.inner.realpath(dir);
    const r = this.inner.readdir(dir);
    if (!r.ok || !real.ok) return;
    for (const name of r.value) {
      const p = real.value === '/' ? `/${name}` : `${real.value}/${name}`;
      const st = this.inner.lstat(p);
      if (!st.ok || this.done.has(p)) continue;
      if (st.value.kind === 'directory') this.w.mkdir(p);
      else if (st.value.kind === 'symlink') {
        const t = this.inner.readlink(p);
        if (t.ok) this.symlink(p, t.value);
      } else if (st.value.kind === 'file') this.emptyFile(p, st.value.size, st.value.mode);
    }
  }

  private symlink(p: string, target: string): void {
    if (this.done.has(p)) return;
    this.done.add(p);
    this.w.symlink(p, target);
  }

  private emptyFile(p: string, size: number, mode: number): void {
    if (this.done.has(p)) return;
    this.writeSparse(p, size, mode, []);
  }

  sparse(p: string, ranges: { offset: number; bytes: Uint8Array }[]): void {
    const st = this.inner.stat(p);
    if (!st.ok) return;
    const merged = mergeExtents(ranges.map((r) => ({ start: r.offset, bytes: r.bytes })));
    for (const e of merged) keepBuildInfoIn(e.bytes);
    this.writeSparse(p, st.value.size, st.value.mode, merged.map((e) => ({ offset: e.start, bytes: e.bytes })));
  }

  private writeSparse(p: string, size: number, mode: number, ranges: { offset: number; bytes: Uint8Array }[]): void {
    this.done.add(p);
    this.w.writeFile(p, JSON.stringify(toSparseJson(size, mode, ranges)) + '\n', SPARSE_SUFFIX);
  }

  text(p: string, text: string): void {
    this.w.writeFile(p, text);
  }
}
