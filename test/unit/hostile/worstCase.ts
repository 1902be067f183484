/**
 * The Mach-O reader's worst case (issue 9 item 5), as a ByteSource generated on demand: a legal fat64 file of 64
 * arm64 slices (distinct cpusubtypes, aligned, not overlapping), each a mach header with `ncmds` 8-byte load
 * commands (sizeofcmds = 8 × ncmds). With 1M commands a slice it is 512 MiB, so it is never written to disk.
 * Used by test/unit/hostile/macho-budget.test.ts and bench/macho-worst.mjs.
 */
import type { ByteSource } from '../../../src/core/macho';

const ALIGN = 16384;

export function worstCaseSource(slices = 64, ncmds = 1 << 20): ByteSource & { sliceSize: number } {
  const sliceSize = Math.ceil((32 + 8 * ncmds) / ALIGN) * ALIGN;
  const head = Buffer.alloc(ALIGN);
  head.writeUInt32BE(0xcafebabf, 0);
  head.writeUInt32BE(slices, 4);
  for (let i = 0; i < slices; i++) {
    const e = 8 + i * 32;
    head.writeUInt32BE(0x0100000c, e);
    head.writeUInt32BE(i, e + 4);
    head.writeBigUInt64BE(BigInt(ALIGN + i * sliceSize), e + 8);
    head.writeBigUInt64BE(BigInt(sliceSize), e + 16);
    head.writeUInt32BE(14, e + 24);
  }
  /** The first bytes of every slice: header, then commands (cmd 0x7e, unknown to every reader; cmdsize 8). */
  const prefix = Buffer.alloc(Math.min(sliceSize, 1 << 20));
  prefix.writeUInt32LE(0xfeedfacf, 0);
  prefix.writeUInt32LE(0x0100000c, 4);
  prefix.writeUInt32LE(2, 12);
  prefix.writeUInt32LE(ncmds, 16);
  prefix.writeUInt32LE(8 * ncmds, 20);
  for (let off = 32; off + 8 <= Math.min(prefix.length, 32 + 8 * ncmds); off += 8) {
    prefix.writeUInt32LE(0x7e, off);
    prefix.writeUInt32LE(8, off + 4);
  }
  const size = ALIGN + slices * sliceSize;
  const byteAt = (p: number): number => {
    if (p < ALIGN) return head[p] ?? 0;
    const i = Math.floor((p - ALIGN) / sliceSize);
    const rel = p - ALIGN - i * sliceSize;
    if (rel === 8) return i; // cpusubtype (little-endian, low byte)
    if (rel < prefix.length) return prefix[rel] ?? 0;
    const c = rel - 32;
    return c >= 0 && c < 8 * ncmds ? (c % 8 === 0 ? 0x7e : c % 8 === 4 ? 8 : 0) : 0;
  };
  return {
    size,
    sliceSize,
    read(offset: number, length: number): Uint8Array {
      const n = Math.max(0, Math.min(length, size - offset));
      const i = Math.floor((offset - ALIGN) / sliceSize);
      const rel = offset - ALIGN - i * sliceSize;
      if (offset >= ALIGN && rel > 8 && rel + n <= prefix.length) return prefix.subarray(rel, rel + n); // fast path
      const out = new Uint8Array(n);
      for (let k = 0; k < n; k++) out[k] = byteAt(offset + k);
      return out;
    },
  };
}
