/** Reads the ELF facts of a file on disk through the Mach-O reader's bounded file source (no second opener). */
import * as fs from 'node:fs';
import { fileByteSource } from '../io/byteSource';
import { readElf } from './reader';
import type { ElfFile } from './types';

/** Never throws: a file that cannot be opened is `unreadable` with its OS code; a FIFO or device is not read. */
export function inspectElfPath(path: string): ElfFile {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (e) {
    return { path, format: 'unreadable', errno: (e as NodeJS.ErrnoException).code ?? 'EIO', errors: [] };
  }
  if (st.isDirectory()) return { path, format: 'unreadable', errno: 'EISDIR', errors: [] };
  if (!st.isFile()) return { path, format: 'not-elf', errors: [] };
  let src;
  try {
    src = fileByteSource(path);
  } catch (e) {
    return { path, format: 'unreadable', errno: (e as NodeJS.ErrnoException).code ?? 'EIO', errors: [] };
  }
  try {
    return readElf(src, path);
  } finally {
    src.close();
  }
}
