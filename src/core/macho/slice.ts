/** One slice (a thin file, or one fat_arch of a universal file): header, load commands, Go build info. */
import { beU32, hex, type ReadContext } from '../io/bytes';
import { readGoBuildInfo } from './buildinfo';
import { FAT_MAGIC, FAT_MAGIC_64, type FatEntry } from './fat';
import { machMagic, parseMachHeader, sliceFromHeader } from './header';
import { readLoadCommands } from './loadcommands';
import { isArchive } from './notmacho';
import { checkSegmentsInFile } from './segments';
import { archName, capabilityNames } from '../arch/macho';
import type { MachOSlice } from './types';

export interface SliceOptions {
  perSliceBudget: number;
  goBuildInfo: boolean;
}

/**
 * Reads the slice whose header starts at `offset` and ends at `end` (clamped to the file). `head` may hold the first
 * bytes already read (thin files); otherwise the header is read here.
 */
export function readSliceAt(ctx: ReadContext, offset: number, end: number, opts: SliceOptions, head?: Uint8Array): MachOSlice | undefined {
  const raw = head ?? ctx.read(offset, Math.min(32, Math.max(0, end - offset)), 'mach header');
  if (!raw) return undefined;
  const magic = machMagic(beU32(raw));
  // A universal static library (lipo of .a files): each slice is an ar archive of objects, not a Mach-O image.
  if (!magic && isArchive(raw)) return { arch: '', cputype: 0, cpusubtype: 0, offset, size: end - offset, filetype: 'archive', archive: true };
  if (!magic) {
    const m = beU32(raw);
    if (m === FAT_MAGIC || m === FAT_MAGIC_64) ctx.error('fat-in-fat', offset, `slice at ${hex(offset)} is itself a universal file`);
    else ctx.error('slice-not-macho', offset, `slice at ${hex(offset)} has no Mach-O magic (${m === undefined ? 'truncated' : hex(m)})`);
    return undefined;
  }
  const h = parseMachHeader(ctx, raw.subarray(0, Math.min(raw.length, Math.max(0, end - offset))), offset, magic);
  if (!h) return undefined;
  const slice = sliceFromHeader(h, offset, end - offset);
  const layout = readLoadCommands(ctx, h, offset, end, slice, opts.perSliceBudget);
  checkSegmentsInFile(ctx, layout, offset, end - offset);
  if (opts.goBuildInfo) {
    const info = readGoBuildInfo(ctx, layout, offset, end);
    if (info) slice.goBuildInfo = info;
  }
  return slice;
}

/** A fat table entry's slice: the table names the arch (as lipo does); the slice header must agree. */
export function readFatSlice(ctx: ReadContext, e: FatEntry, opts: SliceOptions): MachOSlice {
  const end = Math.min(ctx.size, e.offset + e.size);
  const read = e.offset < ctx.size ? readSliceAt(ctx, e.offset, end, opts) : undefined;
  if (read && !read.archive && (read.cputype !== e.cputype || ((read.cpusubtype ^ e.cpusubtype) & 0x00ffffff) !== 0)) {
    ctx.error('slice-cputype-mismatch', e.at, `fat table says ${archName(e.cputype, e.cpusubtype)} but the slice header at ${hex(e.offset)} says ${read.arch}`);
  }
  const slice: MachOSlice = read ?? { arch: '', cputype: 0, cpusubtype: 0, offset: e.offset };
  slice.arch = archName(e.cputype, e.cpusubtype);
  slice.cputype = e.cputype;
  slice.cpusubtype = e.cpusubtype;
  slice.offset = e.offset;
  slice.size = e.size;
  const caps = capabilityNames(e.cputype, e.cpusubtype);
  if (caps.length) slice.capabilities = caps;
  else delete slice.capabilities;
  return slice;
}
