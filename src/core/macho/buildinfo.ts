/**
 * Go build info from the `__go_buildinfo` section (Go's debug/buildinfo format, read here without Go):
 * a 32-byte header "\xff Go buildinf:" + pointer size + flags, then either (flag 2, Go 1.18+) two varint-prefixed
 * strings inline (runtime version, modinfo), or (Go < 1.18) two pointers to Go string headers {data, len} that are
 * resolved through the segments. The section may live in __DATA or __DATA_CONST. All reads are bounded.
 */
import { Bytes, hex, utf8, type ReadContext } from '../io/bytes';
import { MAX_BUILDINFO_BYTES } from './limits';
import { parseModinfo } from './modinfo';
import { addrToOffset, segmentSpan, type Section, type SegmentLayout } from './segments';
import type { GoBuildInfo } from './types';

export const MAGIC = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a]; // "\xff Go buildinf:"
export const FLAG_BIG_ENDIAN = 1;
export const FLAG_VERSION_INLINE = 2;

/** Unsigned LEB128 varint (encoding/binary.Uvarint): [value, bytes used] or undefined. */
function uvarint(b: Uint8Array, off: number): [number, number] | undefined {
  let v = 0;
  for (let i = 0; i < 10 && off + i < b.length; i++) {
    const x = b[off + i] ?? 0;
    v += (x & 0x7f) * 2 ** (7 * i);
    if (x < 0x80) return Number.isSafeInteger(v) ? [v, i + 1] : undefined;
  }
  return undefined;
}

/** Two varint-prefixed strings after the header; like Go's decodeString, a string must leave a byte after it. */
export function inlineStrings(b: Uint8Array): [string, string] | undefined {
  const out: string[] = [];
  let off = 32;
  for (let k = 0; k < 2; k++) {
    const v = uvarint(b, off);
    if (!v || v[0] >= b.length - off - v[1]) return undefined;
    out.push(utf8(b.subarray(off + v[1], off + v[1] + v[0])));
    off += v[1] + v[0];
  }
  return [out[0] ?? '', out[1] ?? ''];
}

/** Reads a Go string header at virtual address `addr`, then its bytes (pre-1.18 format). */
function pointedString(ctx: ReadContext, layout: SegmentLayout, sliceOffset: number, addr: number, ptrSize: number, littleEndian: boolean, budget: { left: number }): string | undefined {
  const hdrOff = addrToOffset(layout, addr);
  if (hdrOff === undefined || budget.left < 2 * ptrSize) return undefined;
  const hdr = ctx.read(sliceOffset + hdrOff, 2 * ptrSize, 'Go string header');
  budget.left -= 2 * ptrSize;
  if (!hdr || hdr.length < 2 * ptrSize) return undefined;
  const hb = Bytes.of(hdr, littleEndian);
  const dataAddr = hb.ptr(0, ptrSize);
  const len = hb.ptr(ptrSize, ptrSize);
  if (dataAddr === undefined || len === undefined || len > budget.left) return undefined;
  if (len === 0) return '';
  const dataOff = addrToOffset(layout, dataAddr);
  if (dataOff === undefined) return undefined;
  const data = ctx.read(sliceOffset + dataOff, len, 'Go string');
  budget.left -= len;
  return data && data.length === len ? utf8(data) : undefined;
}

const hasMagicAt = (b: Uint8Array, i: number) => MAGIC.every((x, k) => b[i + k] === x);

/**
 * The build info blob as Go's debug/buildinfo finds it: read from the section's address through its segment, the
 * magic at a 16-byte boundary. `wide`: up to 64 KiB of the segment, as Go reads (the inline strings may continue
 * past the end of the section); otherwise the section only, which is enough for every binary Go writes.
 */
function blob(ctx: ReadContext, layout: SegmentLayout, sect: Section, where: { sliceOffset: number; sliceEnd: number; wide: boolean }): { raw: Uint8Array; at: number } | undefined {
  const span = segmentSpan(layout, sect.addr);
  const at = where.sliceOffset + (span?.offset ?? sect.offset);
  const inSegment = span?.bytes ?? sect.size;
  const want = Math.min(where.wide ? inSegment : Math.min(sect.size, inSegment), MAX_BUILDINFO_BYTES, Math.max(0, where.sliceEnd - at));
  if (want < 32) {
    const place = at < where.sliceEnd ? at : sect.headerAt;
    ctx.error('buildinfo-truncated', place, `__go_buildinfo at ${hex(at)} (${sect.size} bytes) does not hold its 32-byte header inside the slice`);
    return undefined;
  }
  const raw = ctx.read(at, want, '__go_buildinfo');
  if (!raw) return undefined;
  for (let i = 0; i + 32 <= raw.length; i += 16) if (hasMagicAt(raw, i)) return { raw: raw.subarray(i), at: at + i };
  ctx.error('buildinfo-bad-magic', at, `__go_buildinfo at ${hex(at)} does not start with the Go build info magic`);
  return undefined;
}

/** Build info of a slice with a `__go_buildinfo` section, or undefined (with an error when the section is damaged). */
export function readGoBuildInfo(ctx: ReadContext, layout: SegmentLayout, sliceOffset: number, sliceEnd: number): GoBuildInfo | undefined {
  const sect = layout.sections.find((s) => s.sectname === '__go_buildinfo');
  if (!sect) return undefined;
  let found = blob(ctx, layout, sect, { sliceOffset, sliceEnd, wide: false });
  if (found && ((found.raw[15] ?? 0) & FLAG_VERSION_INLINE) && !inlineStrings(found.raw)) {
    found = blob(ctx, layout, sect, { sliceOffset, sliceEnd, wide: true }) ?? found;
  }
  if (!found) return undefined;
  const { raw, at } = found;
  const ptrSize = raw[14] ?? 0;
  const flags = raw[15] ?? 0;
  let strings: [string, string] | undefined;
  if (flags & FLAG_VERSION_INLINE) {
    strings = inlineStrings(raw);
  } else if (ptrSize === 4 || ptrSize === 8) {
    const le = (flags & FLAG_BIG_ENDIAN) === 0;
    const b = Bytes.of(raw, le);
    const budget = { left: MAX_BUILDINFO_BYTES - raw.length };
    const vers = pointedString(ctx, layout, sliceOffset, b.ptr(16, ptrSize) ?? 0, ptrSize, le, budget);
    const mod = pointedString(ctx, layout, sliceOffset, b.ptr(16 + ptrSize, ptrSize) ?? 0, ptrSize, le, budget);
    if (vers !== undefined) strings = [vers, mod ?? ''];
  }
  if (!strings) {
    ctx.error('buildinfo-truncated', at, `__go_buildinfo at ${hex(at)}: version strings run past the section or cannot be resolved`);
    return undefined;
  }
  return parseModinfo(strings[0], strings[1]);
}
