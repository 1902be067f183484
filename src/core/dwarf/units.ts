/**
 * The compile units of .debug_info, as Delve sees them for its version check: each unit header's version
 * (DWARF 5 §7.5.1: unit_length, version, [unit_type, address_size, debug_abbrev_offset] for 5, [debug_abbrev_offset,
 * address_size] for 2-4), and whether its first DIE is a compile unit whose DW_AT_language is DW_LANG_Go (0x16).
 * Delve: pkg/proc/bininfo.go (`cu.isgo` from AttrLanguage == dwarfGoLanguage; `BinaryInfo.DwarfVersion` is the
 * highest version among Go units only). Walks at most MAX_UNITS units; never throws.
 */
import { AbbrevTables } from './abbrev';
import { Cursor } from './cursor';
import { readConstant, skipForm, type UnitShape } from './forms';
import { MAX_UNITS } from './limits';
import type { DwarfSummary } from './types';

const DW_TAG_COMPILE_UNIT = 0x11;
const DW_AT_LANGUAGE = 0x13;
const DW_LANG_GO = 0x16;
/** DWARF 5 unit types with extra header fields: type units (signature + type offset), skeleton/split (dwo_id). */
const DW_UT_TYPE = new Set([0x02, 0x06]);
const DW_UT_SKELETON = new Set([0x04, 0x05]);

interface UnitHeader extends UnitShape {
  abbrevOffset: number;
  /** Where the unit's DIEs start, and where the next unit starts. */
  diesAt: number;
  end: number;
}

function readHeader(c: Cursor, prefix: boolean): UnitHeader | 'end' | 'pad' | 'more' | undefined {
  const start = c.pos;
  let length = c.u32();
  if (length === undefined) return c.left === 0 ? 'end' : prefix ? 'more' : undefined;
  if (length === 0) return 'pad';
  let offsetSize = 4;
  if (length === 0xffffffff) {
    const l64 = c.u64();
    if (l64 === undefined) return undefined;
    length = l64;
    offsetSize = 8;
  }
  const end = c.pos + length;
  if (length < 2) return undefined;
  // A prefix of the section (the caller reads more when needed): a unit may end past it, its header may not.
  if (end > c.bytes.length && (!prefix || c.left < 32)) return prefix ? 'more' : undefined;
  const version = c.u16();
  if (version === undefined || version < 2 || version > 5) return undefined;
  const offset = () => (offsetSize === 8 ? c.u64() : c.u32());
  let abbrevOffset: number | undefined;
  let addressSize: number | undefined;
  if (version >= 5) {
    const unitType = c.u8();
    addressSize = c.u8();
    abbrevOffset = offset();
    if (unitType !== undefined && DW_UT_TYPE.has(unitType) && !(c.skip(8) && c.skip(offsetSize))) return undefined;
    if (unitType !== undefined && DW_UT_SKELETON.has(unitType) && !c.skip(8)) return undefined;
  } else {
    abbrevOffset = offset();
    addressSize = c.u8();
  }
  if (abbrevOffset === undefined || addressSize === undefined || start >= end) return prefix ? 'more' : undefined;
  return { version, offsetSize, addressSize, abbrevOffset, diesAt: c.pos, end };
}

/** The first DIE is DW_TAG_compile_unit: its language, or null when it has none; undefined when unreadable. */
function unitLanguage(info: Uint8Array, little: boolean, h: UnitHeader, abbrevs: AbbrevTables): number | null | undefined | 'not-cu' {
  const c = new Cursor(info.subarray(0, Math.min(h.end, info.length)), little, h.diesAt);
  const code = c.uleb();
  if (code === undefined) return undefined;
  if (code === 0) return 'not-cu';
  const decl = abbrevs.find(h.abbrevOffset, code);
  if (!decl) return undefined;
  if (decl.tag !== DW_TAG_COMPILE_UNIT) return 'not-cu';
  for (const a of decl.attrs) {
    if (a.name === DW_AT_LANGUAGE) return a.implicit ?? readConstant(c, a.form) ?? null;
    if (!skipForm(c, a.form, h)) return undefined;
  }
  return null;
}

export interface SummaryOptions {
  /**
   * Stop at the first Go unit: Go's linker writes every Go unit with one version, so it is Delve's DwarfVersion.
   * Lets the caller read (and a snapshot keep) only the start of .debug_info.
   */
  firstGo?: boolean;
  /** `info` is a prefix of the section: a unit cut at its end means "read more", not damage. */
  prefix?: boolean;
}

/** The summary; `more` when a prefix ended before the answer. */
export function summarizeUnits(info: Uint8Array, abbrev: Uint8Array, little: boolean, opts: SummaryOptions = {}): DwarfSummary & { more?: true } {
  const out: DwarfSummary & { more?: true } = { units: 0, goUnits: 0 };
  const abbrevs = new AbbrevTables(abbrev, little);
  const c = new Cursor(info, little);
  while (c.left > 0) {
    if (out.units >= MAX_UNITS) {
      out.error = { code: 'over-budget', message: `more than ${MAX_UNITS} units in .debug_info; the rest are not read` };
      return out;
    }
    const at = c.pos;
    const h = readHeader(c, opts.prefix === true);
    if (h === 'end') break;
    if (h === 'pad') continue;
    if (h === 'more') {
      out.more = true;
      return out;
    }
    if (!h) {
      out.error = { code: 'truncated', message: `unit header at 0x${at.toString(16)} is damaged or runs past .debug_info` };
      return out;
    }
    c.pos = h.end;
    const lang = unitLanguage(info, little, h, abbrevs);
    if (lang === 'not-cu') continue;
    if (lang === undefined && opts.prefix && h.end > info.length) {
      out.more = true;
      return out;
    }
    if (lang === undefined) {
      out.error = { code: 'unsupported', message: `the first DIE of the unit at 0x${at.toString(16)} cannot be read` };
      return out;
    }
    out.units++;
    if (lang === DW_LANG_GO) {
      out.goUnits++;
      out.goVersion = Math.max(out.goVersion ?? 0, h.version);
      if (opts.firstGo) {
        out.firstGoOnly = true;
        return out;
      }
    } else {
      out.otherVersion = Math.max(out.otherVersion ?? 0, h.version);
    }
    if (h.end > info.length) {
      out.more = true;
      return out;
    }
  }
  return out;
}
