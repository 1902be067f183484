/**
 * Program headers (for PT_INTERP and address -> offset) and section headers with their names (for
 * `.go.buildinfo`). Every table is read once, within a byte cap, and checked against the file size.
 */
import { Bytes, hex, type ReadContext } from '../io/bytes';
import { PN_XNUM, SHN_XINDEX, word, type ElfHeader } from './header';
import { t } from '../i18n';
import { ELF_NOTES as N } from '../i18n/messages/elf';
import { MAX_STRING_BYTES } from '../io/decode';
import { FILE_NAME_BYTES, MAX_PH_BYTES, MAX_SH_BYTES, MAX_SHSTR_BYTES } from './limits';

export const PT_LOAD = 1;
export const PT_INTERP = 3;
export const PF_X = 1;
export const PF_W = 2;

export interface ProgramHeader {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
}

export interface SectionHeader {
  name: string;
  type: number;
  /** sh_flags (SHF_COMPRESSED = 0x800 marks a section with an Elf_Chdr in front of its data). */
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  info: number;
}

/** Reads `count` entries of `entsize` bytes at `off`, within `cap` bytes; undefined (with an error) when it cannot. */
function table(ctx: ReadContext, h: ElfHeader, off: number, count: number, entsize: number, min: number, what: string, cap: number): Bytes | undefined {
  if (count === 0 || off <= 0) return undefined;
  if (entsize < min) {
    ctx.error('elf-entsize-too-small', off, `${what} entries are ${entsize} bytes, below the ${min} of the structure`);
    return undefined;
  }
  const bytes = count * entsize;
  if (off + bytes > ctx.size) {
    ctx.error('elf-table-past-end', off, `${count} ${what} at ${hex(off)} (${bytes} bytes) run past the end of the file (${ctx.size})`);
    return undefined;
  }
  if (bytes > cap) {
    ctx.error('elf-table-over-budget', off, `${count} ${what} (${bytes} bytes) exceed the ${cap}-byte read budget`);
    return undefined;
  }
  const raw = ctx.read(off, bytes, what);
  return raw && raw.length === bytes ? Bytes.of(raw, h.little) : undefined;
}

/** Section 0 holds the real counts when e_shnum / e_phnum / e_shstrndx overflow (gABI "extended numbering"). */
function section0(ctx: ReadContext, h: ElfHeader): SectionHeader | undefined {
  if (h.shoff === 0) return undefined;
  const tab = table(ctx, h, h.shoff, 1, h.shentsize, h.bits === 64 ? 64 : 40, 'section header 0', MAX_SH_BYTES);
  return tab ? decodeSection(tab, 0, h.bits) : undefined;
}

function decodeSection(tab: Bytes, at: number, bits: 32 | 64): SectionHeader {
  const w = bits === 64 ? 8 : 4;
  const num = (off: number) => word(tab, at + off, bits) ?? -1;
  return {
    name: '', type: tab.u32(at + 4) ?? 0, flags: num(8), addr: num(8 + w), offset: num(8 + 2 * w), size: num(8 + 3 * w),
    link: tab.u32(at + 8 + 4 * w) ?? 0, info: tab.u32(at + 12 + 4 * w) ?? 0,
  };
}

export function programHeaders(ctx: ReadContext, h: ElfHeader): ProgramHeader[] {
  // readelf (get_program_headers): section 0's sh_info stands for e_phnum only when it is not 0; otherwise the
  // count stays 0xffff, and a table that long runs past the end of the file (an error, not "no program headers").
  const phnum = h.phnum === PN_XNUM ? section0(ctx, h)?.info || PN_XNUM : h.phnum;
  const tab = table(ctx, h, h.phoff, phnum, h.phentsize, h.bits === 64 ? 56 : 32, 'program headers', MAX_PH_BYTES);
  if (!tab) return [];
  const out: ProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = i * h.phentsize;
    const n = (off: number) => word(tab, at + off, h.bits) ?? -1;
    if (h.bits === 64) out.push({ type: tab.u32(at) ?? 0, flags: tab.u32(at + 4) ?? 0, offset: n(8), vaddr: n(16), filesz: n(32), memsz: n(40) });
    else out.push({ type: tab.u32(at) ?? 0, offset: n(4), vaddr: n(8), filesz: n(16), memsz: n(20), flags: tab.u32(at + 24) ?? 0 });
  }
  return out;
}

export function sectionHeaders(ctx: ReadContext, h: ElfHeader): SectionHeader[] {
  const s0 = h.shnum === 0 || h.shstrndx === SHN_XINDEX ? section0(ctx, h) : undefined;
  const shnum = h.shnum === 0 ? (s0?.size ?? 0) : h.shnum;
  const strndx = h.shstrndx === SHN_XINDEX ? (s0?.link ?? 0) : h.shstrndx;
  const tab = table(ctx, h, h.shoff, shnum, h.shentsize, h.bits === 64 ? 64 : 40, 'section headers', MAX_SH_BYTES);
  if (!tab) return [];
  const out: SectionHeader[] = [];
  const nameOffsets: number[] = [];
  for (let i = 0; i < shnum; i++) {
    out.push(decodeSection(tab, i * h.shentsize, h.bits));
    nameOffsets.push(tab.u32(i * h.shentsize) ?? 0);
  }
  const strtab = out[strndx];
  if (strndx === 0 || !strtab) return out;
  if (strtab.offset < 0 || strtab.size < 0 || strtab.offset + strtab.size > ctx.size) {
    ctx.error('elf-shstrtab-past-end', Math.max(0, strtab.offset), `the section name table (${strtab.size} bytes at ${hex(strtab.offset)}) runs past the end of the file`);
    return out;
  }
  const read = Math.min(strtab.size, MAX_SHSTR_BYTES);
  if (read < strtab.size) ctx.note(strtab.offset, t(N.tableCut, { read, size: strtab.size }));
  const raw = ctx.read(strtab.offset, read, 'section name table');
  if (raw) nameSections(ctx, out, nameOffsets, Bytes.of(raw, h.little), strtab.offset);
  return out;
}

/**
 * Gives each section its name: at most MAX_STRING_BYTES each and FILE_NAME_BYTES for the whole file (every
 * header may name the same long string). What the caps cut is noted, not an error: readelf cuts names too.
 */
function nameSections(ctx: ReadContext, out: SectionHeader[], nameOffsets: readonly number[], names: Bytes, tableOffset: number): void {
  let left = FILE_NAME_BYTES;
  let cut = 0;
  let named = 0;
  let overBudget = false;
  for (const [i, s] of out.entries()) {
    if (left <= 0) break;
    const cap = Math.min(MAX_STRING_BYTES, left);
    const d = names.cstringCapped(nameOffsets[i] ?? 0, names.length, cap);
    named++;
    if (!d) continue;
    s.name = d.text;
    left -= d.bytes + 1;
    if (d.cut && cap === MAX_STRING_BYTES) cut++;
    else if (d.cut) overBudget = true;
  }
  if (cut) ctx.note(tableOffset, t(N.namesCut, { n: cut, max: MAX_STRING_BYTES }));
  if (overBudget || named < out.length) ctx.note(tableOffset, t(N.namesBudget, { named, total: out.length, max: FILE_NAME_BYTES }));
}
