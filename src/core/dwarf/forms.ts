/**
 * Attribute forms of DWARF 2-5 (DWARF 5 standard §7.5.6, table 7.6, plus the GNU extensions of binutils'
 * dwarf2.def): how many bytes a value of each form takes, so that a DIE's attributes can be stepped over to reach
 * the one wanted. Values are read only for constant forms (DW_AT_language).
 */
import type { Cursor } from './cursor';

export interface UnitShape {
  version: number;
  /** 4 (32-bit DWARF) or 8 (64-bit DWARF). */
  offsetSize: number;
  addressSize: number;
}

/** Forms of a fixed size (bytes); 0 is a form with no data in the DIE. */
const FIXED: Record<number, number> = {
  0x0b: 1, 0x05: 2, 0x06: 4, 0x07: 8, 0x1e: 16, 0x0c: 1, 0x19: 0, 0x11: 1, 0x12: 2, 0x13: 4, 0x14: 8,
  0x20: 8, 0x1c: 4, 0x24: 8, 0x25: 1, 0x26: 2, 0x27: 3, 0x28: 4, 0x29: 1, 0x2a: 2, 0x2b: 3, 0x2c: 4, 0x21: 0,
};
/** Forms whose value is a ULEB128. */
const ULEB = new Set([0x0f, 0x15, 0x1a, 0x1b, 0x22, 0x23, 0x1f01, 0x1f02]);
/** Forms whose value is a section offset (offsetSize bytes). */
const OFFSET = new Set([0x0e, 0x17, 0x1d, 0x1f, 0x1f20, 0x1f21]);
const BLOCK_PREFIX: Record<number, 'u8' | 'u16' | 'u32' | 'uleb'> = { 0x0a: 'u8', 0x03: 'u16', 0x04: 'u32', 0x09: 'uleb', 0x18: 'uleb' };
const DW_FORM_ADDR = 0x01;
const DW_FORM_STRING = 0x08;
const DW_FORM_SDATA = 0x0d;
const DW_FORM_REF_ADDR = 0x10;
const DW_FORM_INDIRECT = 0x16;

/** Steps over one value of `form`; false when it runs past the section or the form is unknown. */
export function skipForm(c: Cursor, form: number, u: UnitShape, depth = 0): boolean {
  const fixed = FIXED[form];
  if (fixed !== undefined) return c.skip(fixed);
  if (ULEB.has(form)) return c.uleb() !== undefined;
  if (OFFSET.has(form)) return c.skip(u.offsetSize);
  const prefix = BLOCK_PREFIX[form];
  if (prefix) {
    const n = prefix === 'uleb' ? c.uleb() : c[prefix]();
    return n !== undefined && c.skip(n);
  }
  switch (form) {
    case DW_FORM_ADDR: return c.skip(u.addressSize);
    case DW_FORM_STRING: return c.skipCString();
    case DW_FORM_SDATA: return c.skipLeb();
    case DW_FORM_REF_ADDR: return c.skip(u.version <= 2 ? u.addressSize : u.offsetSize);
    case DW_FORM_INDIRECT: {
      const f = c.uleb();
      return f !== undefined && depth < 4 && f !== DW_FORM_INDIRECT && skipForm(c, f, u, depth + 1);
    }
    default: return false;
  }
}

/** A constant value (data1/2/4/8, udata); undefined for any other form (the caller steps over it instead). */
export function readConstant(c: Cursor, form: number): number | undefined {
  switch (form) {
    case 0x0b: return c.u8();
    case 0x05: return c.u16();
    case 0x06: return c.u32();
    case 0x07: return c.u64();
    case 0x0f: return c.uleb();
    default: return undefined;
  }
}
