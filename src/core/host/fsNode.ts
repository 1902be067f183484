/**
 * Node's file system as Host file operations (used by the live host, and by the snapshot host for the real files
 * under `root/`). Every expected failure is a value: `{ ok: false, code }`, never a throw.
 */
import * as fs from 'node:fs';
import type { ByteSource } from '../macho/types';
import type { FileStat, FsResult } from './types';

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

/** A bounded random-access reader over an open file descriptor. */
export function openNodeFile(p: string): FsResult<ByteSource & { close(): void }> {
  let fd: number;
  try {
    fd = fs.openSync(p, 'r');
  } catch (err) {
    return fail(err);
  }
  let size: number;
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) {
      fs.closeSync(fd);
      return { ok: false, code: 'EISDIR', message: `${p}: is a directory` };
    }
    size = st.size;
  } catch (err) {
    fs.closeSync(fd);
    return fail(err);
  }
  let closed = false;
  const source = {
    size,
    read(offset: number, length: number): Uint8Array | Error {
      if (closed) return new Error(`${p}: read after close`);
      const len = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.alloc(len);
      try {
        let done = 0;
        while (done < len) {
          const n = fs.readSync(fd, buf, done, len - done, offset + done);
          if (n === 0) break;
          done += n;
        }
        return buf.subarray(0, done);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    },
    close(): void {
      if (!closed) fs.closeSync(fd);
      closed = true;
    },
  };
  return { ok: true, value: source };
}

export function readTextNode(p: string, maxBytes = 1 << 20): FsResult<string> {
  const st = nodeStat(p, true);
  if (!st.ok) return st;
  if (st.value.kind === 'directory') return { ok: false, code: 'EISDIR', message: `${p}: is a directory` };
  if (st.value.size > maxBytes) return { ok: false, code: 'EFBIG', message: `${p}: larger than ${maxBytes} bytes` };
  return tryFs(() => fs.readFileSync(p, 'utf8'));
}
