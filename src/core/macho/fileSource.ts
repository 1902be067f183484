/** Node file system ByteSource: positional reads (fs.readSync with position), never the whole file. */
import * as fs from 'node:fs';
import { readMachO, type ReadOptions } from './reader';
import type { ByteSource, MachOFile } from './types';
import { openRegular } from '../io/open';

export type FileByteSource = ByteSource & { close(): void };

function errnoOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

/** Wraps an open descriptor (not closed by close() unless `owned`). */
export function fdByteSource(fd: number, size: number, owned = false): FileByteSource {
  let open = true;
  return {
    size,
    read(offset: number, length: number): Uint8Array | Error {
      if (!open) return new Error('file is closed');
      const buf = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      let got = 0;
      try {
        while (got < buf.length) {
          const n = fs.readSync(fd, buf, got, buf.length - got, offset + got);
          if (n === 0) break;
          got += n;
        }
      } catch (e) {
        return new Error(`${errnoOf(e)}: ${e instanceof Error ? e.message : String(e)}`);
      }
      return buf.subarray(0, got);
    },
    close(): void {
      if (open && owned) fs.closeSync(fd);
      open = false;
    },
  };
}

/** Opens `path` for positional reads (regular files only, see core/io). Throws the error (with `code`) when it cannot. */
export function fileByteSource(pathOrFd: string | number): FileByteSource {
  if (typeof pathOrFd === 'number') return fdByteSource(pathOrFd, fs.fstatSync(pathOrFd).size, false);
  const o = openRegular(pathOrFd);
  if (!o.ok) throw Object.assign(new Error(o.message), { code: o.code });
  return fdByteSource(o.fd, o.st.size, true);
}

/**
 * Reads the Mach-O facts of a file on disk. Never throws: a file that cannot be opened gives `unreadable` with the
 * OS code (ENOENT, EACCES, ELOOP, …); a directory gives `unreadable`, errno EISDIR, kind `directory`; other
 * non-regular files (FIFO, socket, device) give `not-macho`, kind `unknown`, without opening them.
 */
export function inspectPath(path: string, options: ReadOptions = {}): MachOFile {
  const o = openRegular(path);
  if (!o.ok) {
    if (o.code === 'EISDIR') return { path, format: 'unreadable', errno: 'EISDIR', kind: 'directory', slices: [], errors: [], bytesRead: 0 };
    if (o.code === 'ENOTREG') return { path, format: 'not-macho', kind: 'unknown', size: 0, slices: [], errors: [], bytesRead: 0 };
    return { path, format: 'unreadable', errno: o.code, slices: [], errors: [], bytesRead: 0 };
  }
  try {
    return readMachO(fdByteSource(o.fd, o.st.size), path, options);
  } catch (e) {
    return { path, format: 'unreadable', errno: errnoOf(e), slices: [], errors: [], bytesRead: 0 };
  } finally {
    fs.closeSync(o.fd);
  }
}
