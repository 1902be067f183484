/** LC_SEGMENT / LC_SEGMENT_64: the segments (for address -> file offset) and the `__go_buildinfo` section. */
import { hex, type ReadContext } from '../io/bytes';
import { t } from '../i18n';
import { PARSE } from '../i18n/messages/parse';
import { LC, tooSmall, type Cmd } from './commands';

interface Segment {
  name: string;
  vmaddr: number;
  vmsize: number;
  fileoff: number;
  filesize: number;
}

export interface Section {
  segname: string;
  sectname: string;
  addr: number;
  size: number;
  /** File offset relative to the slice start. */
  offset: number;
  /** File offset of the section header (for error entries). */
  headerAt: number;
}

export interface SegmentLayout {
  segments: Segment[];
  /** Sections the reader looks for (today only `__go_buildinfo`). */
  sections: Section[];
  /** The lowest file offset of any section with file data (slice-relative), to check sizeofcmds against. */
  firstSectionOffset?: number;
}

/** Section types without file data (<mach-o/loader.h> S_ZEROFILL, S_GB_ZEROFILL, S_THREAD_LOCAL_ZEROFILL). */
const ZEROFILL = new Set([0x1, 0xc, 0x12]);

const WANTED_SECTIONS = new Set(['__go_buildinfo']);

export function decodeSegment(c: Cmd, layout: SegmentLayout): void {
  const is64 = c.cmd === LC.SEGMENT_64;
  const hdr = is64 ? 72 : 56;
  const secSize = is64 ? 80 : 68;
  const name = is64 ? 'LC_SEGMENT_64' : 'LC_SEGMENT';
  if (tooSmall(c, hdr, name)) return;
  const w = is64 ? 8 : 4;
  const num = (off: number) => (is64 ? c.b.u64(off) : c.b.u32(off)) ?? 0;
  layout.segments.push({
    name: c.b.fixedString(8, 16),
    vmaddr: num(24),
    vmsize: num(24 + w),
    fileoff: num(24 + 2 * w),
    filesize: num(24 + 3 * w),
  });
  const nsects = c.b.u32(hdr - 8) ?? 0;
  const fits = Math.floor((c.size - hdr) / secSize);
  if (nsects > fits) {
    c.ctx.error('nsects-past-cmdsize', c.at, `${name} at ${hex(c.at)}: ${nsects} sections do not fit in cmdsize ${c.size}`);
  }
  for (let i = 0; i < Math.min(nsects, fits); i++) {
    const s = hdr + i * secSize;
    const fileoff = c.b.u32(s + 32 + 2 * w) ?? 0;
    if (fileoff > 0 && num(s + 32 + w) > 0 && !ZEROFILL.has((c.b.u32(s + 48 + 2 * w) ?? 0) & 0xff)) {
      layout.firstSectionOffset = Math.min(layout.firstSectionOffset ?? fileoff, fileoff);
    }
    const sectname = c.b.fixedString(s, 16);
    if (!WANTED_SECTIONS.has(sectname)) continue;
    layout.sections.push({
      sectname,
      segname: c.b.fixedString(s + 16, 16),
      addr: num(s + 32),
      size: num(s + 32 + w),
      offset: c.b.u32(s + 32 + 2 * w) ?? 0,
      headerAt: c.at + s,
    });
  }
}

/**
 * A file cut after its load commands (a half-written or half-downloaded binary): the first segment whose file
 * range ends past the slice, as llvm-objdump reports it ("fileoff field plus filesize field … extends past the end
 * of the file").
 */
export function checkSegmentsInFile(ctx: ReadContext, layout: SegmentLayout, sliceOffset: number, sliceSize: number): void {
  const seg = layout.segments.find((s) => s.filesize > 0 && s.fileoff + s.filesize > sliceSize);
  if (!seg) return;
  const end = sliceOffset + seg.fileoff + seg.filesize;
  ctx.error('truncated-file', sliceOffset, t(PARSE.machoTruncatedFile, { segment: seg.name || '(unnamed)', end, size: ctx.size }));
}

/** Where a virtual address is in the file (slice-relative) and how many file bytes its segment has from there. */
export function segmentSpan(layout: SegmentLayout, addr: number): { offset: number; bytes: number } | undefined {
  for (const seg of layout.segments) {
    if (seg.name === '__PAGEZERO') continue;
    const mapped = Math.min(seg.vmsize, seg.filesize);
    if (addr >= seg.vmaddr && addr < seg.vmaddr + mapped) return { offset: seg.fileoff + (addr - seg.vmaddr), bytes: seg.vmaddr + mapped - addr };
  }
  return undefined;
}

/** File offset (relative to the slice) of a virtual address, through the segment that maps it. */
export function addrToOffset(layout: SegmentLayout, addr: number): number | undefined {
  for (const seg of layout.segments) {
    if (addr >= seg.vmaddr && addr < seg.vmaddr + Math.min(seg.vmsize, seg.filesize)) return seg.fileoff + (addr - seg.vmaddr);
  }
  return undefined;
}
