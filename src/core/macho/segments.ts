/** LC_SEGMENT / LC_SEGMENT_64: the segments (for address -> file offset) and the `__go_buildinfo` section. */
import { hex } from './bytes';
import { LC, tooSmall, type Cmd } from './commands';

interface Segment {
  name: string;
  vmaddr: number;
  vmsize: number;
  fileoff: number;
  filesize: number;
}

interface Section {
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
}

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

/** File offset (relative to the slice) of a virtual address, through the segment that maps it. */
export function addrToOffset(layout: SegmentLayout, addr: number): number | undefined {
  for (const seg of layout.segments) {
    if (addr >= seg.vmaddr && addr < seg.vmaddr + Math.min(seg.vmsize, seg.filesize)) return seg.fileoff + (addr - seg.vmaddr);
  }
  return undefined;
}
