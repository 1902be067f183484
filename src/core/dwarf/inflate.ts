/**
 * Compressed debug sections, inflated within MAX_INFLATED_BYTES by Node's zlib: ELF SHF_COMPRESSED (an Elf32/64_Chdr,
 * ch_type 1 = zlib; gABI "Section Compression"), and the older `.zdebug_*` / Mach-O `__zdebug_*` form that Go's
 * linker writes ("ZLIB" + the size as 8 big-endian bytes + a zlib stream; cmd/link/internal/ld/dwarf.go).
 */
import { constants, inflateSync } from 'node:zlib';
import { MAX_INFLATED_BYTES } from './limits';
import type { DwarfError } from './types';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; error: DwarfError };

const ELFCOMPRESS_ZLIB = 1;

/** `partial`: the stream is a prefix; what it decodes to is returned (Z_SYNC_FLUSH) instead of an error. */
function inflate(stream: Uint8Array, size: number, partial: boolean): Inflated {
  if (size > MAX_INFLATED_BYTES) return { ok: false, error: { code: 'over-budget', message: `a section inflates to ${size} bytes, over the ${MAX_INFLATED_BYTES}-byte budget` } };
  try {
    const opts = partial ? { maxOutputLength: Math.max(1, size), finishFlush: constants.Z_SYNC_FLUSH } : { maxOutputLength: Math.max(1, size) };
    return { ok: true, bytes: inflateSync(stream, opts) };
  } catch (e) {
    const over = e instanceof RangeError;
    return { ok: false, error: { code: over ? 'over-budget' : 'bad-compression', message: `cannot inflate the section: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** An SHF_COMPRESSED section's bytes (header included). */
export function inflateElf(raw: Uint8Array, bits: 32 | 64, little: boolean, partial = false): Inflated {
  const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const hdr = bits === 64 ? 24 : 12;
  if (raw.length < hdr) return { ok: false, error: { code: 'bad-compression', message: 'compressed section shorter than its header' } };
  const type = v.getUint32(0, little);
  const size = bits === 64 ? Number(v.getBigUint64(8, little)) : v.getUint32(4, little);
  if (type !== ELFCOMPRESS_ZLIB) return { ok: false, error: { code: 'unsupported', message: `compression type ${type} (only zlib, 1, is read)` } };
  return inflate(raw.subarray(hdr), size, partial);
}

/** A `.zdebug_*` / `__zdebug_*` section's bytes; undefined when they do not start with "ZLIB". */
export function inflateZdebug(raw: Uint8Array, partial = false): Inflated | undefined {
  if (raw.length < 12 || raw[0] !== 0x5a || raw[1] !== 0x4c || raw[2] !== 0x49 || raw[3] !== 0x42) return undefined;
  const size = Number(new DataView(raw.buffer, raw.byteOffset, raw.byteLength).getBigUint64(4, false));
  return inflate(raw.subarray(12), size, partial);
}
