/**
 * Node's file system as Host file operations (used by the live host, and by the snapshot host for the real files
 * under `root/`). Every expected failure is a value: `{ ok: false, code }`, never a throw.
 */
import * as fs from 'node:fs';
import type { ByteSource } from '../macho/types';
import type { FileStat, FsResult } from './types';
import { openByteSource, readBounded, type FileKind, type ReadOptions } from '../io/read';

export function fail<T>(err: unknown): FsResult<T> {
  const e = err as NodeJS.ErrnoException;
  return { ok: false, code: e?.code ?? 'EIO', message: e?.message ?? String(err) };
}

export function toFileStat(st: fs.Stats): FileStat {
  const kind = st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
  return { kind, size: st.size, mode: st.mode & 0o7777, mtimeMs: st.mtimeMs, ino: st.ino };
}

export function nodeStat(p: string, follow: boolean): FsResult<FileStat> {
  try {
    return { ok: true, value: toFileStat(follow ? fs.statSync(p) : fs.lstatSync(p)) };
  } catch (err) {
    return fail(err);
  }
}

export function tryFs<T>(f: () => T): FsResult<T> {
  try {
    return { ok: true, value: f() };
  } catch (err) {
    return fail(err);
  }
}

/** A bounded random-access reader of a regular file (core/io's one reader). */
export function openNodeFile(p: string, opts: ReadOptions = {}): FsResult<ByteSource & { close(): void }> {
  return openByteSource(p, opts);
}

/** A whole small text file, capped by its kind or `limit` bytes (core/io's one reader). */
export function readTextNode(p: string, limit: FileKind | number = 'text', opts: ReadOptions = {}): FsResult<string> {
  return readBounded(p, limit, opts);
}
