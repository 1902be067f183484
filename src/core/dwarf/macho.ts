/**
 * The DWARF compile-unit summary of one Mach-O slice: the `__DWARF` sections (`__debug_info`, `__debug_abbrev`, or
 * Go's compressed `__zdebug_*`) found by walking its LC_SEGMENT_64 commands (<mach-o/loader.h>), within the Mach-O
 * reader's per-slice load-command budget. Go's linker writes DWARF into the executable; Apple's ld leaves it in
 * the objects (dsymutil), so a clang-linked executable has none.
 */
import type { ByteSource } from '../io/byteSource';
import { ReadContext } from '../io/bytes';
import { DEFAULT_SLICE_BUDGET } from '../macho/limits';
import { inflateZdebug, type Inflated } from './inflate';
import { MAX_SECTION_BYTES } from './limits';
import type { DwarfSummary } from './types';
import { summarizeUnits } from './units';
import { firstGoUnit } from './prefix';

const MH_MAGIC_64 = 0xfeedfacf;
const LC_SEGMENT_64 = 0x19;

interface Sect {
  name: string;
  offset: number;
  size: number;
}

function name16(b: Uint8Array, at: number): string {
  const raw = b.subarray(at, at + 16);
  const end = raw.indexOf(0);
  return String.fromCharCode(...raw.subarray(0, end < 0 ? 16 : end));
}

/** The `__DWARF` sections of the slice at `base` (64-bit, little-endian slices only: every macOS CPU since 2006). */
function dwarfSections(ctx: ReadContext, base: number): Sect[] | undefined {
  const head = ctx.read(base, 32, 'mach header');
  if (!head || head.length < 32) return undefined;
  const hv = new DataView(head.buffer, head.byteOffset, 32);
  if (hv.getUint32(0, true) !== MH_MAGIC_64) return undefined;
  const ncmds = hv.getUint32(16, true);
  const sizeofcmds = Math.min(hv.getUint32(20, true), DEFAULT_SLICE_BUDGET);
  const cmds = ctx.read(base + 32, sizeofcmds, 'load commands');
  if (!cmds) return undefined;
  const v = new DataView(cmds.buffer, cmds.byteOffset, cmds.byteLength);
  const out: Sect[] = [];
  for (let i = 0, at = 0; i < ncmds && at + 8 <= cmds.length; i++) {
    const cmd = v.getUint32(at, true);
    const size = v.getUint32(at + 4, true);
    if (size < 8 || at + size > cmds.length) break;
    if (cmd === LC_SEGMENT_64 && size >= 72) {
      const nsects = Math.min(v.getUint32(at + 64, true), Math.floor((size - 72) / 80));
      for (let k = 0; k < nsects; k++) {
        const s = at + 72 + k * 80;
        if (name16(cmds, s + 16) !== '__DWARF') continue;
        out.push({ name: name16(cmds, s), size: Number(v.getBigUint64(s + 40, true)), offset: base + v.getUint32(s + 48, true) });
      }
    }
    at += size;
  }
  return out;
}

function sectionBytes(ctx: ReadContext, s: Sect, n = s.size): Inflated {
  const partial = n < s.size;
  if (s.size > MAX_SECTION_BYTES) return { ok: false, error: { code: 'over-budget', message: `${s.name} is ${s.size} bytes, over the ${MAX_SECTION_BYTES}-byte budget` } };
  if (s.offset + s.size > ctx.size) return { ok: false, error: { code: 'truncated', message: `${s.name} runs past the end of the file` } };
  const want = Math.min(n, s.size);
  const raw = ctx.read(s.offset, want, s.name);
  if (!raw || raw.length !== want) return { ok: false, error: { code: 'read-failed', message: `cannot read ${s.name}` } };
  if (!s.name.startsWith('__zdebug_')) return { ok: true, bytes: raw };
  return inflateZdebug(raw, partial) ?? { ok: false, error: { code: 'bad-compression', message: `${s.name} does not start with "ZLIB"` } };
}

/** `sliceOffset`: the slice's file offset (0 for a thin file; the fat table's entry otherwise). */
/** `full`: walk every unit; else stop at the first Go unit (what Delve decides on). */
export function machoDwarf(src: ByteSource, sliceOffset = 0, full = false): DwarfSummary {
  const ctx = new ReadContext(src);
  const sects = dwarfSections(ctx, sliceOffset);
  if (!sects) return { units: 0, goUnits: 0, error: { code: 'read-failed', message: 'not a 64-bit little-endian Mach-O slice' } };
  // Mach-O section names have 16 bytes: `__debug_abbrev` fits, `__zdebug_abbrev` too.
  const find = (n: string) => sects.find((s) => s.name === `__debug_${n}` || s.name === `__zdebug_${n}`);
  const info = find('info');
  const abbrev = find('abbrev');
  if (!info || !abbrev) return { units: 0, goUnits: 0, error: { code: 'no-debug-info', message: 'no __DWARF,__debug_info section' } };
  const a = sectionBytes(ctx, abbrev);
  if (!a.ok) return { units: 0, goUnits: 0, error: a.error };
  let out: DwarfSummary;
  if (full) {
    const i = sectionBytes(ctx, info);
    if (!i.ok) return { units: 0, goUnits: 0, error: i.error };
    out = summarizeUnits(i.bytes, a.bytes, true);
  } else {
    out = firstGoUnit((n) => sectionBytes(ctx, info, n), info.size, a.bytes, true);
  }
  if (info.name.startsWith('__zdebug_')) out.compressed = true;
  return out;
}
