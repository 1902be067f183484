/** The DWARF compile-unit summary of an ELF file: its .debug_info and .debug_abbrev through the ELF reader's tables. */
import type { ByteSource } from '../io/byteSource';
import { Bytes, ReadContext } from '../io/bytes';
import { isElf, readHeader } from '../elf/header';
import { sectionHeaders, type SectionHeader } from '../elf/tables';
import { inflateElf, inflateZdebug, type Inflated } from './inflate';
import { MAX_SECTION_BYTES } from './limits';
import type { DwarfSummary } from './types';
import { summarizeUnits } from './units';
import { firstGoUnit } from './prefix';

const SHF_COMPRESSED = 0x800;

function sectionBytes(ctx: ReadContext, s: SectionHeader, bits: 32 | 64, little: boolean, n = s.size): Inflated {
  const partial = n < s.size;
  if (s.size > MAX_SECTION_BYTES) return { ok: false, error: { code: 'over-budget', message: `${s.name} is ${s.size} bytes, over the ${MAX_SECTION_BYTES}-byte budget` } };
  if (s.offset < 0 || s.offset + s.size > ctx.size) return { ok: false, error: { code: 'truncated', message: `${s.name} runs past the end of the file` } };
  const want = Math.min(n, s.size);
  const raw = ctx.read(s.offset, want, s.name);
  if (!raw || raw.length !== want) return { ok: false, error: { code: 'read-failed', message: `cannot read ${s.name}` } };
  if (s.flags & SHF_COMPRESSED) return inflateElf(raw, bits, little, partial);
  if (s.name.startsWith('.zdebug_')) return inflateZdebug(raw, partial) ?? { ok: false, error: { code: 'bad-compression', message: `${s.name} does not start with "ZLIB"` } };
  return { ok: true, bytes: raw };
}

/** `full`: walk every unit (counts for tests and tools); else stop at the first Go unit (what Delve decides on). */
export function elfDwarf(src: ByteSource, full = false): DwarfSummary {
  const none = (code: 'no-debug-info' | 'read-failed', message: string): DwarfSummary => ({ units: 0, goUnits: 0, error: { code, message } });
  const ctx = new ReadContext(src);
  const head = ctx.read(0, 64, 'ELF header');
  if (!head || !isElf(head)) return none('read-failed', 'not an ELF file');
  const h = readHeader(ctx, head, (little) => Bytes.of(head, little));
  if (!h) return none('read-failed', 'damaged ELF header');
  const shs = sectionHeaders(ctx, h);
  const find = (n: string) => shs.find((s) => s.name === `.debug_${n}` || s.name === `.zdebug_${n}`);
  const info = find('info');
  const abbrev = find('abbrev');
  if (!info || !abbrev) return none('no-debug-info', 'no .debug_info section');
  const a = sectionBytes(ctx, abbrev, h.bits, h.little);
  if (!a.ok) return { units: 0, goUnits: 0, error: a.error };
  let out: DwarfSummary;
  if (full) {
    const i = sectionBytes(ctx, info, h.bits, h.little);
    if (!i.ok) return { units: 0, goUnits: 0, error: i.error };
    out = summarizeUnits(i.bytes, a.bytes, h.little);
  } else {
    out = firstGoUnit((n) => sectionBytes(ctx, info, h.bits, h.little, n), info.size, a.bytes, h.little);
  }
  if ((info.flags & SHF_COMPRESSED) !== 0 || info.name.startsWith('.zdebug_')) out.compressed = true;
  return out;
}
