/**
 * The fat (universal) header and table: FAT_MAGIC (20-byte fat_arch) and FAT_MAGIC_64 (32-byte fat_arch_64), both
 * big-endian (<mach-o/fat.h>). Checks nfat_arch, bounds, alignment, overlaps and duplicates like lipo does.
 */
import { Bytes, hex, type ReadContext } from '../io/bytes';
import { CPU_SUBTYPE_MASK } from '../arch/macho';
import { JAVA_CLASS_NFAT_THRESHOLD, MAX_FAT_ARCHS } from './limits';

export const FAT_MAGIC = 0xcafebabe;
export const FAT_MAGIC_64 = 0xcafebabf;

export interface FatEntry {
  index: number;
  cputype: number;
  cpusubtype: number;
  offset: number;
  size: number;
  align: number;
  /** File offset of this fat_arch entry. */
  at: number;
}

export type FatTable = { kind: 'java-class' } | { kind: 'fat'; entries: FatEntry[]; tableEnd: number };

/**
 * Reads the fat table after the 8-byte header in `head` (the file's first bytes). 0xcafebabe with nfat_arch above
 * 30 is a Java class file, as `file` (Magdir/cafebabe) decides; FAT_MAGIC_64 has no such ambiguity.
 */
export function readFatTable(ctx: ReadContext, head: Uint8Array, is64: boolean): FatTable | undefined {
  const h = Bytes.of(head, false);
  const nfat = h.u32(4);
  if (nfat === undefined) {
    ctx.error('truncated-fat-header', 0, `fat header needs 8 bytes, the file has ${ctx.size}`);
    return undefined;
  }
  if (!is64 && nfat > JAVA_CLASS_NFAT_THRESHOLD) return { kind: 'java-class' };
  if (nfat === 0) {
    ctx.error('fat-no-archs', 4, 'nfat_arch is 0: a universal file without slices');
    return { kind: 'fat', entries: [], tableEnd: 8 };
  }
  const entrySize = is64 ? 32 : 20;
  let count = nfat;
  const absurd = nfat > MAX_FAT_ARCHS;
  if (absurd) {
    ctx.error('fat-nfat-absurd', 4, `nfat_arch ${nfat} is absurd; reading the plausible entries among the first ${MAX_FAT_ARCHS}`);
    count = MAX_FAT_ARCHS;
  }
  const fits = Math.floor(Math.max(0, ctx.size - 8) / entrySize);
  if (count > fits) {
    ctx.error('truncated-fat-table', 8 + fits * entrySize, `fat table of ${nfat} entries runs past the end of the file (${ctx.size} bytes)`);
    count = fits;
  }
  const raw = count > 0 ? ctx.read(8, count * entrySize, 'fat table') : new Uint8Array(0);
  if (!raw) return { kind: 'fat', entries: [], tableEnd: 8 };
  const entries = parseEntries(Bytes.of(raw, false), is64, absurd, ctx.size);
  const tableEnd = 8 + (absurd ? entries.length : nfat) * entrySize;
  validateEntries(ctx, entries, tableEnd);
  return { kind: 'fat', entries, tableEnd };
}

/**
 * Decodes fat_arch / fat_arch_64 entries. With an absurd count, stops at the first entry that cannot be a slice
 * (zero cputype, offset inside the table or past the end): the real entries come first, the rest is slice data.
 */
function parseEntries(b: Bytes, is64: boolean, absurd: boolean, fileSize: number): FatEntry[] {
  const entrySize = is64 ? 32 : 20;
  const entries: FatEntry[] = [];
  for (let i = 0; i < Math.floor(b.length / entrySize); i++) {
    const o = i * entrySize;
    const num = (off: number) => (is64 ? b.u64(o + off) : b.u32(o + off)) ?? Number.MAX_SAFE_INTEGER;
    const cputype = b.u32(o) ?? 0;
    if (absurd && (cputype === 0 || num(8) < 8 + (i + 1) * entrySize || num(8) >= fileSize)) break;
    entries.push({
      index: i,
      cputype,
      cpusubtype: b.u32(o + 4) ?? 0,
      offset: num(8),
      size: num(is64 ? 16 : 12),
      align: b.u32(o + (is64 ? 24 : 16)) ?? 0,
      at: 8 + o,
    });
  }
  return entries;
}

function validateEntries(ctx: ReadContext, entries: FatEntry[], tableEnd: number): void {
  for (const e of entries) {
    const what = `slice ${e.index} (fat_arch at ${hex(e.at)})`;
    if (e.offset < tableEnd) ctx.error('slice-overlaps-fat-table', e.at, `${what}: offset ${e.offset} is inside the fat header/table`);
    if (e.offset + e.size > ctx.size) {
      ctx.error('slice-past-end', e.at, `${what}: offset ${e.offset} + size ${e.size} runs past the end of the file (${ctx.size} bytes)`);
    }
    if (e.align > 15) ctx.error('slice-align-absurd', e.at, `${what}: align 2^${e.align} is above lipo's maximum 2^15`);
    else if (e.offset % 2 ** e.align !== 0) ctx.error('slice-misaligned', e.at, `${what}: offset ${e.offset} is not a multiple of 2^${e.align}`);
  }
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      if (!a || !b) continue;
      if (a.size > 0 && b.size > 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size) {
        ctx.error('slices-overlap', b.at, `slices ${a.index} and ${b.index} overlap`);
      }
      const sameArch = a.cputype === b.cputype && ((a.cpusubtype ^ b.cpusubtype) & ~CPU_SUBTYPE_MASK) === 0;
      if (sameArch) ctx.error('duplicate-arch', b.at, `slices ${a.index} and ${b.index} have the same cputype and cpusubtype`);
    }
  }
}
