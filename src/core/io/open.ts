/**
 * Opening a file to read, the one way every reader of this tool does it: refused before opening unless it is a
 * regular file (a FIFO, a device or a directory gets a typed error with a one-line reason, and is never opened, so
 * opening cannot block or have a device's side effects), then opened non-blocking and checked again with fstat
 * (the file may have been swapped between the two). `noFollow` refuses a symlink as the last component (used for
 * the files of a snapshot's root/, whose paths were already resolved inside root/).
 */
import * as fs from 'node:fs';
import { t } from '../i18n';
import { IO } from '../i18n/messages/io';

export type OpenResult = { ok: true; fd: number; st: fs.Stats } | { ok: false; code: string; message: string };

export function ioError(path: string, e: unknown): { ok: false; code: string; message: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  return { ok: false, code, message: t(IO.cannotRead, { path, code }) };
}

/** Undefined for a regular file; else the typed refusal (EISDIR for a directory, ENOTREG for the rest). */
export function notRegular(path: string, st: fs.Stats): { ok: false; code: string; message: string } | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return { ok: false, code: 'EISDIR', message: t(IO.isDirectory, { path }) };
  if (st.isSymbolicLink()) return { ok: false, code: 'ELOOP', message: t(IO.symlinkRefused, { path }) };
  const kind = st.isFIFO() ? IO.kindFifo : st.isCharacterDevice() ? IO.kindCharDevice : st.isBlockDevice() ? IO.kindBlockDevice : st.isSocket() ? IO.kindSocket : IO.kindOther;
  return { ok: false, code: 'ENOTREG', message: t(IO.notRegular, { path, kind: t(kind) }) };
}

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** Opens without blocking and fstat's what was opened; no check of its type (the Mach-O reader maps types itself). */
export function openNoBlock(path: string, opts: { noFollow?: boolean } = {}): OpenResult {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | O_NONBLOCK | (opts.noFollow ? O_NOFOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (opts.noFollow && code === 'ELOOP') return { ok: false, code, message: t(IO.symlinkRefused, { path }) };
    return ioError(path, e);
  }
  try {
    return { ok: true, fd, st: fs.fstatSync(fd) };
  } catch (e) {
    fs.closeSync(fd);
    return ioError(path, e);
  }
}

/** Opens a regular file for reading (see the module comment); the caller closes `fd`. */
export function openRegular(path: string, opts: { noFollow?: boolean } = {}): OpenResult {
  let before: fs.Stats | undefined;
  try {
    before = opts.noFollow ? fs.lstatSync(path) : fs.statSync(path);
  } catch (e) {
    return ioError(path, e);
  }
  const refused = notRegular(path, before);
  if (refused) return refused;
  const o = openNoBlock(path, opts);
  if (!o.ok) return o;
  const swapped = notRegular(path, o.st) ?? (o.st.ino !== before.ino || o.st.dev !== before.dev ? ioError(path, { code: 'ECHANGED' }) : undefined);
  if (swapped) {
    fs.closeSync(o.fd);
    return swapped;
  }
  return o;
}
