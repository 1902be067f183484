/** The mach header of one slice (thin file or fat slice): magic, cputype, filetype, ncmds, sizeofcmds, flags. */
import { Bytes, hex, type ReadContext } from '../io/bytes';
import { archName, capabilityNames } from '../arch/macho';
import type { MachOSlice } from './types';

const MH_MAGIC = 0xfeedface;
const MH_CIGAM = 0xcefaedfe;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM_64 = 0xcffaedfe;

export interface MagicInfo {
  name: 'MH_MAGIC' | 'MH_CIGAM' | 'MH_MAGIC_64' | 'MH_CIGAM_64';
  is64: boolean;
  /** Byte order of the header fields. */
  littleEndian: boolean;
}

/**
 * Magic from the first 4 bytes read big-endian. Names follow otool/llvm-objdump on a little-endian Mac: a
 * little-endian file (bytes cf fa ed fe) is MH_MAGIC_64, a big-endian one (PowerPC, bytes fe ed fa ce) MH_CIGAM.
 */
export function machMagic(beMagic: number | undefined): MagicInfo | undefined {
  switch (beMagic) {
    case MH_MAGIC:
      return { name: 'MH_CIGAM', is64: false, littleEndian: false };
    case MH_CIGAM:
      return { name: 'MH_MAGIC', is64: false, littleEndian: true };
    case MH_MAGIC_64:
      return { name: 'MH_CIGAM_64', is64: true, littleEndian: false };
    case MH_CIGAM_64:
      return { name: 'MH_MAGIC_64', is64: true, littleEndian: true };
    default:
      return undefined;
  }
}

const FILETYPES: Record<number, string> = {
  1: 'object', 2: 'execute', 3: 'fvmlib', 4: 'core', 5: 'preload', 6: 'dylib', 7: 'dylinker', 8: 'bundle',
  9: 'dylib_stub', 10: 'dsym', 11: 'kext', 12: 'fileset', 13: 'gpu_execute', 14: 'gpu_dylib',
};

function filetypeName(t: number): string {
  return FILETYPES[t] ?? `filetype(${t})`;
}

export interface MachHeader {
  magic: MagicInfo;
  cputype: number;
  cpusubtype: number;
  filetype: number;
  ncmds: number;
  sizeofcmds: number;
  flags: number;
  headerSize: number;
}

/**
 * Decodes the mach header from the slice's first bytes (`raw`, already read); records an error and returns undefined
 * when it is truncated.
 */
export function parseMachHeader(ctx: ReadContext, raw: Uint8Array, offset: number, magic: MagicInfo): MachHeader | undefined {
  const headerSize = magic.is64 ? 32 : 28;
  if (raw.length < headerSize) {
    ctx.error('truncated-mach-header', offset, `mach header needs ${headerSize} bytes at ${hex(offset)}, only ${raw.length} available`);
    return undefined;
  }
  const b = Bytes.of(raw, magic.littleEndian);
  return {
    magic,
    cputype: b.u32(4) ?? 0,
    cpusubtype: b.u32(8) ?? 0,
    filetype: b.u32(12) ?? 0,
    ncmds: b.u32(16) ?? 0,
    sizeofcmds: b.u32(20) ?? 0,
    flags: b.u32(24) ?? 0,
    headerSize,
  };
}

/** The slice fields a header gives. */
export function sliceFromHeader(h: MachHeader, offset: number, size: number): MachOSlice {
  const slice: MachOSlice = {
    arch: archName(h.cputype, h.cpusubtype),
    cputype: h.cputype,
    cpusubtype: h.cpusubtype,
    offset,
    size,
    filetype: filetypeName(h.filetype),
    flags: h.flags,
    magic: h.magic.name,
    ncmds: h.ncmds,
    sizeofcmds: h.sizeofcmds,
    dylibs: [],
    rpaths: [],
  };
  const caps = capabilityNames(h.cputype, h.cpusubtype);
  if (caps.length) slice.capabilities = caps;
  return slice;
}
