/**
 * Writes the files a recording touched under `<out>/root/`: directories, symlinks as symlinks, file contents
 * only where read (Mach-O headers and load commands at their original offsets, as `.sparse.json`), text files
 * that were read in full (launch envFile), and nothing else.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Host } from '../host/types';
import type { Recording } from './recorder';
import { SPARSE_SUFFIX, toSparseJson } from './sparse';

export function writeRoot(inner: Host, rec: Recording, rootDir: string): void {
  const w = new RootWriter(inner, rootDir);
  for (const p of rec.paths) w.replicate(p, new Set());
  for (const d of rec.dirs) w.listing(d);
  const byReal = new Map<string, { offset: number; bytes: Uint8Array }[]>();
  for (const [p, ranges] of rec.reads) {
    const rp = inner.realpath(p);
    if (!rp.ok) continue;
    byReal.set(rp.value, [...(byReal.get(rp.value) ?? []), ...ranges]);
  }
  for (const [p, ranges] of byReal) w.sparse(p, ranges);
  for (const p of rec.texts) w.text(p);
}

class RootWriter {
  private done = new Set<string>();

  constructor(private readonly inner: Host, private readonly rootDir: string) {}

  private out(p: string): string {
    return path.join(this.rootDir, p);
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
      if (st.value.kind === 'directory') this.mkdir(cur);
      else if (st.value.kind === 'file') this.emptyFile(cur, st.value.size, st.value.mode);
      if (st.value.kind !== 'directory') return;
    }
  }

  listing(dir: string): void {
    const r = this.inner.readdir(dir);
    if (!r.ok) return;
    for (const name of r.value) {
      const p = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const st = this.inner.lstat(p);
      if (!st.ok || this.done.has(p)) continue;
      if (st.value.kind === 'directory') this.mkdir(p);
      else if (st.value.kind === 'symlink') {
        const t = this.inner.readlink(p);
        if (t.ok) this.symlink(p, t.value);
      } else if (st.value.kind === 'file') this.emptyFile(p, st.value.size, st.value.mode);
    }
  }

  private mkdir(p: string): void {
    fs.mkdirSync(this.out(p), { recursive: true });
  }

  private symlink(p: string, target: string): void {
    if (this.done.has(p)) return;
    this.done.add(p);
    fs.mkdirSync(path.dirname(this.out(p)), { recursive: true });
    fs.rmSync(this.out(p), { force: true, recursive: true });
    fs.symlinkSync(target, this.out(p));
  }

  private emptyFile(p: string, size: number, mode: number): void {
    if (this.done.has(p)) return;
    this.writeSparse(p, size, mode, []);
  }

  sparse(p: string, ranges: { offset: number; bytes: Uint8Array }[]): void {
    const st = this.inner.stat(p);
    if (!st.ok) return;
    this.writeSparse(p, st.value.size, st.value.mode, ranges);
  }

  private writeSparse(p: string, size: number, mode: number, ranges: { offset: number; bytes: Uint8Array }[]): void {
    this.done.add(p);
    fs.mkdirSync(path.dirname(this.out(p)), { recursive: true });
    fs.writeFileSync(this.out(p) + SPARSE_SUFFIX, JSON.stringify(toSparseJson(size, mode, ranges)) + '\n');
  }

  text(p: string): void {
    const rp = this.inner.realpath(p);
    const t = this.inner.readText(p);
    if (!rp.ok || !t.ok) return;
    fs.mkdirSync(path.dirname(this.out(rp.value)), { recursive: true });
    fs.rmSync(this.out(rp.value) + SPARSE_SUFFIX, { force: true });
    fs.writeFileSync(this.out(rp.value), t.value);
  }
}
