/** Node file system ByteSource: positional reads (fs.readSync with position), never the whole file. */
import * as fs from 'node:fs';
import { readMachO, type ReadOptions } from './reader';
import type { ByteSource, MachOFile } from './types';

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

/** Opens `path` for positional reads. Throws the fs error (with `code`) when it cannot be opened. */
export function fileByteSource(pathOrFd: string | number): FileByteSource {
  if (typeof pathOrFd === 'number') return fdByteSource(pathOrFd, fs.fstatSync(pathOrFd).size, false);
  // O_NONBLOCK: opening a FIFO must not hang; regular files ignore it.
  const fd = fs.openSync(pathOrFd, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    return fdByteSource(fd, fs.fstatSync(fd).size, true);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/**
 * Reads the Mach-O facts of a file on disk. Never throws: a file that cannot be opened gives `unreadable` with the
 * OS code (ENOENT, EACCES, ELOOP, …); a directory gives `unreadable`, errno EISDIR, kind `directory`; other
 * non-regular files (FIFO, socket, device) give `not-macho`, kind `unknown`, without reading them.
 */
export function inspectPath(path: string, options: ReadOptions = {}): MachOFile {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { path, format: 'unreadable', errno: errnoOf(e), slices: [], errors: [], bytesRead: 0 };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { path, format: 'unreadable', errno: 'EISDIR', kind: 'directory', slices: [], errors: [], bytesRead: 0 };
    if (!st.isFile()) return { path, format: 'not-macho', kind: 'unknown', size: st.size, slices: [], errors: [], bytesRead: 0 };
    return readMachO(fdByteSource(fd, st.size), path, options);
  } catch (e) {
    return { path, format: 'unreadable', errno: errnoOf(e), slices: [], errors: [], bytesRead: 0 };
  } finally {
    fs.closeSync(fd);
  }
}
