/** Positional reads of an open file (fs.readSync with a position), never the whole file: the source every binary reader (Mach-O, ELF) reads through. */
import * as fs from 'node:fs';
import { openRegular } from './open';

/** Random access to a file's bytes. Never loads the whole file. */
export interface ByteSource {
  /** Size of the file in bytes. */
  readonly size: number;
  /**
   * Read `length` bytes at `offset`. Returns fewer bytes at the end of the file. Returns an Error (never throws)
   * when the bytes cannot be read (I/O error, or a snapshot extent that was not captured).
   */
  read(offset: number, length: number): Uint8Array | Error;
}

export type FileByteSource = ByteSource & { close(): void };

export function errnoOf(e: unknown): string {
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
