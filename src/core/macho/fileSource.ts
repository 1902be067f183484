/** Mach-O facts of a file on disk, read through core/io's bounded positional source. */
import * as fs from 'node:fs';
import { readMachO, type ReadOptions } from './reader';
import type { MachOFile } from './types';
import { openRegular } from '../io/open';
import { errnoOf, fdByteSource } from '../io/byteSource';

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
