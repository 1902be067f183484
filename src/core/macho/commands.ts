/**
 * Decoders of the individual load commands the reader needs (<mach-o/loader.h>). Each gets the command's own bytes
 * (cmd, cmdsize, payload) and the absolute file offset of the command for error entries.
 */
import { Bytes, hex, type ReadContext } from '../io/bytes';
import type { MachOSlice } from './types';

export const LC = {
  SEGMENT: 0x1,
  THREAD: 0x4,
  UNIXTHREAD: 0x5,
  LOAD_DYLIB: 0xc,
  ID_DYLIB: 0xd,
  LOAD_WEAK_DYLIB: 0x80000018, // 0x18 | LC_REQ_DYLD (written out: `|` in JS gives a negative int32)
  SEGMENT_64: 0x19,
  UUID: 0x1b,
  RPATH: 0x8000001c,
  CODE_SIGNATURE: 0x1d,
  REEXPORT_DYLIB: 0x8000001f,
  LAZY_LOAD_DYLIB: 0x20,
  LOAD_UPWARD_DYLIB: 0x80000023,
  VERSION_MIN_MACOSX: 0x24,
  VERSION_MIN_IPHONEOS: 0x25,
  MAIN: 0x80000028,
  VERSION_MIN_TVOS: 0x2f,
  VERSION_MIN_WATCHOS: 0x30,
  BUILD_VERSION: 0x32,
} as const;

/** A Map, not an object: keys above 2^31 would turn an object into a slow dictionary of strings. */
export const DYLIB_COMMANDS = new Map<number, NonNullable<MachOSlice['dylibCommands']>[number]['cmd']>([
  [LC.LOAD_DYLIB, 'LC_LOAD_DYLIB'],
  [LC.LOAD_WEAK_DYLIB, 'LC_LOAD_WEAK_DYLIB'],
  [LC.REEXPORT_DYLIB, 'LC_REEXPORT_DYLIB'],
  [LC.LAZY_LOAD_DYLIB, 'LC_LAZY_LOAD_DYLIB'],
  [LC.LOAD_UPWARD_DYLIB, 'LC_LOAD_UPWARD_DYLIB'],
]);

const VERSION_MIN_PLATFORM: Record<number, string> = {
  [LC.VERSION_MIN_MACOSX]: 'macos',
  [LC.VERSION_MIN_IPHONEOS]: 'ios',
  [LC.VERSION_MIN_TVOS]: 'tvos',
  [LC.VERSION_MIN_WATCHOS]: 'watchos',
};

/** PLATFORM_* of LC_BUILD_VERSION (<mach-o/loader.h>), named as llvm-objdump prints them, lower-cased. */
const PLATFORMS: Record<number, string> = {
  1: 'macos', 2: 'ios', 3: 'tvos', 4: 'watchos', 5: 'bridgeos', 6: 'maccatalyst', 7: 'iossimulator',
  8: 'tvossimulator', 9: 'watchossimulator', 10: 'driverkit', 11: 'visionos', 12: 'visionossimulator',
  13: 'firmware', 14: 'sepos',
};

function platformName(p: number): string {
  return PLATFORMS[p] ?? `platform(${p})`;
}

/** xxxx.yy.zz nibble-encoded version as otool prints it: `11.0`, `10.15.4`; 0 is `n/a` (as for an unset sdk). */
function versionString(v: number): string {
  if (v === 0) return 'n/a';
  const major = v >>> 16;
  const minor = (v >>> 8) & 0xff;
  const patch = v & 0xff;
  return patch ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
}

/** A command view: its bytes, absolute offset and a way to report problems. */
export interface Cmd {
  b: Bytes;
  cmd: number;
  size: number;
  at: number;
  ctx: ReadContext;
}

export function tooSmall(c: Cmd, min: number, name: string): boolean {
  if (c.size >= min) return false;
  c.ctx.error('load-command-too-small', c.at, `${name} at ${hex(c.at)} has cmdsize ${c.size}, needs at least ${min}`);
  return true;
}

/** An lc_str at field offset `field`: offset from the command start, NUL-terminated inside the command. */
export function lcStr(c: Cmd, field: number, minSize: number, name: string): string | undefined {
  if (tooSmall(c, minSize, name)) return undefined;
  const off = c.b.u32(field) ?? 0;
  if (off < minSize || off >= c.size) {
    c.ctx.error('string-out-of-bounds', c.at, `${name} at ${hex(c.at)}: string offset ${off} outside the command (${minSize}..${c.size - 1})`);
    return undefined;
  }
  const s = c.b.cstring(off, c.size);
  if (s === undefined) c.ctx.error('string-no-nul', c.at + off, `${name} at ${hex(c.at)}: string not NUL-terminated inside the command`);
  return s;
}

export function decodeUuid(c: Cmd): string | undefined {
  if (tooSmall(c, 24, 'LC_UUID')) return undefined;
  const h = c.b.hex(8, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function decodeBuildVersion(c: Cmd, slice: MachOSlice): void {
  if (tooSmall(c, 24, 'LC_BUILD_VERSION')) return;
  const ntools = c.b.u32(20) ?? 0;
  if (24 + ntools * 8 > c.size) {
    c.ctx.error('build-version-ntools', c.at, `LC_BUILD_VERSION at ${hex(c.at)}: ntools ${ntools} runs past cmdsize ${c.size}`);
  }
  if (slice.platform !== undefined) return;
  slice.platform = platformName(c.b.u32(8) ?? 0);
  slice.minos = versionString(c.b.u32(12) ?? 0);
  slice.sdk = versionString(c.b.u32(16) ?? 0);
}

export function decodeVersionMin(c: Cmd, slice: MachOSlice): void {
  if (tooSmall(c, 16, 'LC_VERSION_MIN')) return;
  if (slice.platform !== undefined) return;
  slice.platform = VERSION_MIN_PLATFORM[c.cmd] ?? 'unknown';
  slice.minos = versionString(c.b.u32(8) ?? 0);
  slice.sdk = versionString(c.b.u32(12) ?? 0);
}
