/**
 * The one confined writer (snapshot capture writes through it): every path it is given is a machine path,
 * normalised lexically (`..` stops at the top, as on a real file system) and placed under OUT. Nothing is
 * followed through a symlink: each directory on the way is checked with lstat, and a symlink or file there refuses
 * the write; files are opened with O_NOFOLLOW. Nothing is ever removed. An OS error (ENAMETOOLONG,
 * ENOSPC, EACCES, …) throws a WriteError whose message is one line naming the path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../i18n';
import { IO } from '../i18n/messages/io';

export class WriteError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** The components of a machine path after lexical normalisation (`.`, empty and leading `..` removed). */
export function machineParts(p: string): string[] {
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return out;
}

export class ConfinedWriter {
  readonly out: string;
  /** Writes refused because something other than a directory stood in the way (one line each). */
  readonly refused: string[] = [];

  /** `out` must exist and be a directory; it is resolved once, and everything is written below it. */
  constructor(out: string) {
    this.out = fs.realpathSync(out);
  }

  /** Where a machine path lands under OUT. */
  place(p: string): string {
    const parts = machineParts(p);
    return parts.length ? path.join(this.out, ...parts) : this.out;
  }

  private fail(p: string, e: unknown): never {
    const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
    throw new WriteError(t(IO.cannotWrite, { path: p, code }), code);
  }

  /** Creates the directories of `parts` one at a time; false (and a refusal noted) when one is not a directory. */
  private dirs(parts: string[], label: string): string | undefined {
    let cur = this.out;
    for (const c of parts) {
      cur = path.join(cur, c);
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(cur, { throwIfNoEntry: false });
        if (!st) fs.mkdirSync(cur);
      } catch (e) {
        this.fail(cur, e);
      }
      if (st && !st.isDirectory()) {
        this.refused.push(t(IO.symlinkRefused, { path: `${label} (${cur})` }));
        return undefined;
      }
    }
    return cur;
  }

  mkdir(p: string): void {
    this.dirs(machineParts(p), p);
  }

  /** A symlink at `p` holding `target` as data (never followed here). An existing entry is left as it is. */
  symlink(p: string, target: string): void {
    const parts = machineParts(p);
    const name = parts.pop();
    const dir = this.dirs(parts, p);
    if (!dir || !name) return;
    const full = path.join(dir, name);
    try {
      if (fs.lstatSync(full, { throwIfNoEntry: false })) return;
      fs.symlinkSync(target, full);
    } catch (e) {
      this.fail(full, e);
    }
  }

  /** Writes a new file at `p` + `suffix`; an existing entry (written earlier in this capture) is replaced only if it is a regular file. */
  writeFile(p: string, data: string, suffix = ''): void {
    const parts = machineParts(p);
    const name = parts.pop();
    const dir = this.dirs(parts, p);
    if (!dir || !name) return;
    const full = path.join(dir, name + suffix);
    let fd: number;
    try {
      const st = fs.lstatSync(full, { throwIfNoEntry: false });
      if (st && !st.isFile()) {
        this.refused.push(t(IO.symlinkRefused, { path: `${p} (${full})` }));
        return;
      }
      const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW } = fs.constants;
      fd = fs.openSync(full, O_WRONLY | O_CREAT | O_TRUNC | (O_NOFOLLOW ?? 0), 0o644);
    } catch (e) {
      this.fail(full, e);
    }
    try {
      fs.writeSync(fd, data);
    } catch (e) {
      this.fail(full, e);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Why OUT cannot take a new snapshot (it is a file, or a folder that is not empty), or undefined. */
export function outRefusal(out: string): string | undefined {
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(out, { throwIfNoEntry: false });
  } catch (e) {
    return t(IO.cannotWrite, { path: out, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  if (!st) return undefined;
  if (!st.isDirectory()) return t(IO.outIsFile, { path: out });
  try {
    if (fs.readdirSync(out).length > 0) return t(IO.outNotEmpty, { path: out });
  } catch (e) {
    return t(IO.cannotWrite, { path: out, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  return undefined;
}
