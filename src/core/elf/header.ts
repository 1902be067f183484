/**
 * The ELF file header (e_ident and the fixed fields), 32- and 64-bit, either byte order. Offsets from the
 * System V gABI; the 64-bit header is 64 bytes, the 32-bit one 52.
 */
import type { Bytes, ReadContext } from '../io/bytes';
import { hex } from '../io/bytes';

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
export const PN_XNUM = 0xffff;
export const SHN_XINDEX = 0xffff;

export interface ElfHeader {
  bits: 32 | 64;
  little: boolean;
  type: number;
  machine: number;
  phoff: number;
  shoff: number;
  phentsize: number;
  phnum: number;
  shentsize: number;
  shnum: number;
  shstrndx: number;
}

function u16(b: Bytes, off: number): number | undefined {
  const lo = b.u8(b.littleEndian ? off : off + 1);
  const hi = b.u8(b.littleEndian ? off + 1 : off);
  return lo === undefined || hi === undefined ? undefined : lo | (hi << 8);
}

/** A word of the class: 4 bytes (32-bit) or 8 bytes (64-bit; undefined past 2^53). */
export function word(b: Bytes, off: number, bits: 32 | 64): number | undefined {
  return bits === 64 ? b.u64(off) : b.u32(off);
}

export function isElf(head: Uint8Array): boolean {
  return ELF_MAGIC.every((x, i) => head[i] === x);
}

/** Reads the header from its bytes (`b` holds at least the first 64 bytes when the file has them). */
export function readHeader(ctx: ReadContext, bytes: Uint8Array, mk: (little: boolean) => Bytes): ElfHeader | undefined {
  const cls = bytes[4];
  const data = bytes[5];
  if (cls !== 1 && cls !== 2) {
    ctx.error('elf-bad-class', 4, `EI_CLASS is ${cls ?? 'missing'} (1 = 32-bit, 2 = 64-bit)`);
    return undefined;
  }
  if (data !== 1 && data !== 2) {
    ctx.error('elf-bad-data', 5, `EI_DATA is ${data ?? 'missing'} (1 = little-endian, 2 = big-endian)`);
    return undefined;
  }
  const bits = cls === 2 ? 64 : 32;
  const size = bits === 64 ? 64 : 52;
  if (bytes.length < size) {
    ctx.error('elf-truncated-header', 0, `the file ends inside the ${size}-byte ELF header (${bytes.length} bytes)`);
    return undefined;
  }
  const b = mk(data === 1);
  const at = bits === 64 ? [24, 32, 40, 54] : [24, 28, 32, 42];
  const [, phoffAt = 0, shoffAt = 0, phentAt = 0] = at;
  const h: ElfHeader = {
    bits,
    little: data === 1,
    type: u16(b, 16) ?? 0,
    machine: u16(b, 18) ?? 0,
    phoff: word(b, phoffAt, bits) ?? -1,
    shoff: word(b, shoffAt, bits) ?? -1,
    phentsize: u16(b, phentAt) ?? 0,
    phnum: u16(b, phentAt + 2) ?? 0,
    shentsize: u16(b, phentAt + 4) ?? 0,
    shnum: u16(b, phentAt + 6) ?? 0,
    shstrndx: u16(b, phentAt + 8) ?? 0,
  };
  if (h.phoff < 0 || h.shoff < 0) ctx.error('elf-offset-absurd', phoffAt, `e_phoff or e_shoff is beyond 2^53 (${hex(h.phoff)}, ${hex(h.shoff)})`);
  return h;
}

const TYPES: Record<number, string> = { 1: 'REL', 2: 'EXEC', 3: 'DYN', 4: 'CORE' };

export function typeName(t: number): string {
  return TYPES[t] ?? hex(t);
}
