/**
 * The one bounded file reader: every file this tool reads (launch.json, settings.json, an envFile, machine.json,
 * a `.sparse.json`, files under a snapshot's root/, go.mod, Mach-O binaries) goes through `readBounded` (whole
 * small files, with a size cap per kind of file) or `openByteSource` (positional reads of a binary). Both accept
 * regular files only (see ./open.ts) and never block; nothing here throws.
 */
import * as fs from 'node:fs';
import { t } from '../i18n';
import { IO } from '../i18n/messages/io';
import { fdByteSource, type FileByteSource } from './byteSource';
import { decodeBytes, type Decoded } from './decode';
import { ioError, openRegular } from './open';

/** Size caps per kind of file, in bytes (a real file of each kind is far below its cap). */
export const SIZE_CAPS = {
  launch: 4 << 20,
  settings: 4 << 20,
  envFile: 256 << 10,
  machineJson: 32 << 20,
  sparseJson: 64 << 20,
  goMod: 1 << 20,
  text: 1 << 20,
  // The text files the probes read (Host.readText): each is a kind, so that capture knows what it may keep.
  plist: 64 << 10,
  devcontainer: 256 << 10,
  dockerfile: 256 << 10,
  compose: 256 << 10,
  procStatus: 64 << 10,
  binfmt: 4 << 10,
  ptraceScope: 64,
  kernelArch: 256,
  osRelease: 256,
  /** A text to explain: a paste (VS Code) or standard input (CLI) — one cap for both (issue 16 item 7). */
  paste: 1 << 20,
} as const;

export type FileKind = keyof typeof SIZE_CAPS;

/**
 * The kinds of text file a probe reads whole through Host.readText. A snapshot keeps of each only what
 * src/core/capture/kept.ts's table says (a Record over this type: a new kind without an allow-list does not compile).
 */
export type ProbeTextKind = Exclude<FileKind, 'launch' | 'settings' | 'machineJson' | 'sparseJson' | 'text' | 'paste'>;

const KIND_NAMES: Record<FileKind, string> = {
  launch: 'launch.json', settings: 'settings.json', envFile: 'envFile', machineJson: 'machine.json',
  sparseJson: '.sparse.json', goMod: 'go.mod', text: 'text file', plist: 'Info.plist', devcontainer: 'devcontainer.json',
  dockerfile: 'Dockerfile', compose: 'compose file', procStatus: '/proc status', binfmt: 'binfmt_misc entry',
  ptraceScope: 'ptrace_scope', kernelArch: '/proc/sys/kernel/arch', osRelease: '/proc/sys/kernel/osrelease', paste: 'pasted text',
};

export type ReadResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export interface ReadOptions {
  /** Refuse a symlink as the last component (files of a snapshot's root/). */
  noFollow?: boolean;
}

/** The whole file as bytes, refused past the cap of its kind (or `limit` bytes). */
function readBoundedBytes(path: string, limit: FileKind | number, opts: ReadOptions = {}): ReadResult<Buffer> {
  const max = typeof limit === 'number' ? limit : SIZE_CAPS[limit];
  const what = typeof limit === 'number' ? KIND_NAMES.text : KIND_NAMES[limit];
  const o = openRegular(path, opts);
  if (!o.ok) return o;
  const tooLarge = { ok: false as const, code: 'EFBIG', message: t(IO.tooLarge, { path, max, what }) };
  try {
    if (o.st.size > max) return tooLarge;
    // Read to the end, not to st.size: some regular files (procfs) report 0 and still hold bytes.
    const buf = Buffer.allocUnsafe(Math.min(max + 1, Math.max(o.st.size + 1, 64 << 10)));
    let got = 0;
    let chunks: Buffer[] = [];
    for (;;) {
      if (got === buf.length) {
        chunks.push(Buffer.from(buf));
        got = 0;
      }
      const n = fs.readSync(o.fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (chunks.length * buf.length + got > max) return tooLarge;
    }
    chunks = [...chunks, buf.subarray(0, got)];
    return { ok: true, value: Buffer.concat(chunks) };
  } catch (e) {
    return ioError(path, e);
  } finally {
    fs.closeSync(o.fd);
  }
}

/** The whole file as UTF-8 text (see readBoundedBytes). */
export function readBounded(path: string, limit: FileKind | number, opts: ReadOptions = {}): ReadResult<string> {
  const r = readBoundedBytes(path, limit, opts);
  return r.ok ? { ok: true, value: r.value.toString('utf8') } : r;
}

/** A random-access reader of a regular file (for the Mach-O reader); the caller closes it. */
export function openByteSource(path: string, opts: ReadOptions = {}): ReadResult<FileByteSource> {
  const o = openRegular(path, opts);
  if (!o.ok) return o;
  return { ok: true, value: fdByteSource(o.fd, o.st.size, true) };
}

/** A pasted text within the paste cap (UTF-8 bytes): `cut` when it was longer. One step, never a scan per character. */
export function capText(text: string, max: number = SIZE_CAPS.paste): Decoded {
  if (text.length * 3 <= max) return { text, cut: false, bytes: text.length };
  const bytes = Buffer.from(text, 'utf8');
  return bytes.length <= max ? { text, cut: false, bytes: bytes.length } : decodeBytes(bytes, 0, bytes.length, max);
}

/**
 * At most `max` bytes of a stream (standard input), as text; reading stops there and the stream is released, so
 * that 100 MB piped in cost 1 MiB, not the whole input held in memory. Never throws: a read error ends the text.
 */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of stream) {
      const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      chunks.push(b);
      total += b.length;
      if (total >= max) break;
    }
  } catch {
    // EIO or EPIPE on the input: explain what was read.
  }
  const all = Buffer.concat(chunks);
  return decodeBytes(all, 0, all.length, max).text;
}
