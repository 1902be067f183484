/**
 * The load-command walk of one slice: bounded to the per-slice budget (unless a larger sizeofcmds is plausible),
 * checking ncmds, sizeofcmds and every cmdsize, keeping what was read before any damage.
 */
import { Bytes, hex, type ReadContext } from './bytes';
import { DYLIB_COMMANDS, LC, decodeBuildVersion, decodeUuid, decodeVersionMin, lcStr, tooSmall, type Cmd } from './commands';
import type { MachHeader } from './header';
import { MAX_PLAUSIBLE_SIZEOFCMDS } from './limits';
import { decodeSegment, type SegmentLayout } from './segments';
import type { MachOSlice } from './types';

/** How many bytes of load commands to read, recording lies about sizeofcmds and ncmds. */
function commandsToRead(ctx: ReadContext, h: MachHeader, start: number, end: number, budget: number): number {
  const avail = Math.max(0, end - start);
  let want = h.sizeofcmds;
  if (want > avail) {
    ctx.error('sizeofcmds-past-end', start, `sizeofcmds ${h.sizeofcmds} runs past the end of the slice (${avail} bytes left)`);
    want = avail;
  }
  if (h.ncmds * 8 > h.sizeofcmds) {
    ctx.error('ncmds-exceeds-sizeofcmds', start, `ncmds ${h.ncmds} cannot fit in sizeofcmds ${h.sizeofcmds}`);
  }
  const limit = Math.max(0, budget - h.headerSize);
  const plausible = h.sizeofcmds <= avail && h.sizeofcmds <= MAX_PLAUSIBLE_SIZEOFCMDS && h.ncmds * 8 <= h.sizeofcmds;
  if (want > limit && !plausible) {
    ctx.error('load-commands-over-budget', start, `load commands (${h.sizeofcmds} bytes) exceed the read budget; read ${limit}`);
    want = limit;
  }
  return want;
}

/** Reads and decodes the load commands of a slice whose header is `h`, filling `slice`. */
export function readLoadCommands(
  ctx: ReadContext,
  h: MachHeader,
  sliceOffset: number,
  sliceEnd: number,
  slice: MachOSlice,
  budget: number,
): SegmentLayout {
  const layout: SegmentLayout = { segments: [], sections: [] };
  const start = sliceOffset + h.headerSize;
  const want = commandsToRead(ctx, h, start, sliceEnd, budget);
  if (h.ncmds === 0 || want === 0) return layout;
  const raw = ctx.read(start, want, 'load commands');
  if (!raw) return layout;
  const b = Bytes.of(raw, h.magic.littleEndian);
  let off = 0;
  for (let i = 0; i < h.ncmds; i++) {
    const size = checkCommand(ctx, h, b, i, off, start);
    if (size === undefined) break;
    decodeCommand({ b: b.window(off, size), cmd: b.u32(off) ?? 0, size, at: start + off, ctx }, slice, layout);
    off += size;
  }
  return layout;
}

/** Validates load command `i` at `off` (relative to the commands); its cmdsize, or undefined to stop the walk. */
function checkCommand(ctx: ReadContext, h: MachHeader, b: Bytes, i: number, off: number, start: number): number | undefined {
  const at = start + off;
  if (off + 8 > h.sizeofcmds) {
    ctx.error('ncmds-past-sizeofcmds', at, `load command ${i} of ${h.ncmds} starts past sizeofcmds ${h.sizeofcmds}`);
    return undefined;
  }
  if (off + 8 > b.length) {
    ctx.error('truncated-load-command', at, `load command ${i} at ${hex(at)} is cut off (file or read budget ends)`);
    return undefined;
  }
  const cmd = b.u32(off) ?? 0;
  const size = b.u32(off + 4) ?? 0;
  const what = `load command ${i} (${hex(cmd)}) at ${hex(at)}`;
  if (size < 8) {
    ctx.error(size === 0 ? 'cmdsize-zero' : 'cmdsize-too-small', at, `${what} has cmdsize ${size}`);
    return undefined;
  }
  if (off + size > h.sizeofcmds) {
    ctx.error('cmdsize-past-sizeofcmds', at, `${what}: cmdsize ${size} runs past sizeofcmds ${h.sizeofcmds}`);
    return undefined;
  }
  if (off + size > b.length) {
    ctx.error('truncated-load-command', at, `${what} is cut off (file or read budget ends)`);
    return undefined;
  }
  const align = h.magic.is64 ? 8 : 4;
  if (size % align !== 0) ctx.error('cmdsize-misaligned', at, `${what}: cmdsize ${size} is not a multiple of ${align}`);
  return size;
}

function decodeCommand(c: Cmd, slice: MachOSlice, layout: SegmentLayout): void {
  const dylibKind = DYLIB_COMMANDS.get(c.cmd);
  if (dylibKind) {
    const name = lcStr(c, 8, 24, dylibKind);
    if (name !== undefined) {
      (slice.dylibs ??= []).push(name);
      (slice.dylibCommands ??= []).push({ cmd: dylibKind, name });
    }
    return;
  }
  switch (c.cmd) {
    case LC.ID_DYLIB: {
      const name = lcStr(c, 8, 24, 'LC_ID_DYLIB');
      if (name !== undefined && slice.idDylib === undefined) slice.idDylib = name;
      return;
    }
    case LC.RPATH: {
      const p = lcStr(c, 8, 12, 'LC_RPATH');
      if (p !== undefined) (slice.rpaths ??= []).push(p);
      return;
    }
    case LC.UUID:
      slice.uuid ??= decodeUuid(c);
      return;
    case LC.BUILD_VERSION:
      return decodeBuildVersion(c, slice);
    case LC.VERSION_MIN_MACOSX:
    case LC.VERSION_MIN_IPHONEOS:
    case LC.VERSION_MIN_TVOS:
    case LC.VERSION_MIN_WATCHOS:
      return decodeVersionMin(c, slice);
    case LC.CODE_SIGNATURE:
      if (!tooSmall(c, 16, 'LC_CODE_SIGNATURE')) slice.codeSignature = true;
      return;
    case LC.MAIN:
      if (!tooSmall(c, 24, 'LC_MAIN')) slice.entryPoint = 'main';
      return;
    case LC.UNIXTHREAD:
      if (!tooSmall(c, 16, 'LC_UNIXTHREAD')) slice.entryPoint ??= 'unixthread';
      return;
    case LC.SEGMENT:
    case LC.SEGMENT_64:
      return decodeSegment(c, layout);
    default:
      return;
  }
}
