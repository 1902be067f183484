/**
 * The load-command walk of one slice: bounded to the per-slice budget (unless a larger sizeofcmds is plausible),
 * checking ncmds, sizeofcmds and every cmdsize, keeping what was read before any damage.
 */
import { Bytes, hex, type ReadContext } from '../io/bytes';
import { DYLIB_COMMANDS, LC, decodeBuildVersion, decodeUuid, decodeVersionMin, lcStr, tooSmall, type Cmd } from './commands';
import type { MachHeader } from './header';
import { t } from '../i18n';
import { PARSE } from '../i18n/messages/parse';
import { decodeSegment, type SegmentLayout } from './segments';
import type { MachOSlice } from './types';

/** How many bytes of load commands to read (at most the slice's and the file's budget), recording lies. */
function commandsToRead(ctx: ReadContext, h: MachHeader, start: number, end: number, budget: number): { want: number; cut: boolean } {
  const avail = Math.max(0, end - start);
  let want = h.sizeofcmds;
  if (want > avail) {
    ctx.error('sizeofcmds-past-end', start, `sizeofcmds ${h.sizeofcmds} runs past the end of the slice (${avail} bytes left)`);
    want = avail;
  }
  if (h.ncmds * 8 > h.sizeofcmds) {
    ctx.error('ncmds-exceeds-sizeofcmds', start, `ncmds ${h.ncmds} cannot fit in sizeofcmds ${h.sizeofcmds}`);
  }
  // Nothing is read once the file's load-command count is spent: those bytes could not be decoded.
  const limit = ctx.budget.commands > 0 ? Math.max(0, Math.min(budget - h.headerSize, ctx.budget.commandBytes)) : 0;
  const cut = want > limit;
  if (cut) want = limit;
  ctx.budget.commandBytes -= want;
  return { want, cut };
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
  const { want, cut } = commandsToRead(ctx, h, start, sliceEnd, budget);
  if (h.ncmds === 0 || (want === 0 && !cut)) return layout;
  const raw = want === 0 ? new Uint8Array(0) : ctx.read(start, want, 'load commands');
  if (!raw) return layout;
  const b = Bytes.of(raw, h.magic.littleEndian);
  let off = 0;
  let i = 0;
  for (; i < h.ncmds && ctx.budget.commands > 0; i++) {
    if (cut && off + 8 > b.length) break;
    const size = checkCommand(ctx, h, b, i, off, start, cut);
    if (size === undefined) break;
    ctx.budget.commands--;
    decodeCommand({ b: b.window(off, size), cmd: b.u32(off) ?? 0, size, at: start + off, ctx }, slice, layout);
    off += size;
  }
  if (i < h.ncmds && (cut || ctx.budget.commands === 0)) ctx.note(start + off, t(PARSE.machoBudgetCommands, { read: i, total: h.ncmds }));
  else if (i === h.ncmds) checkSizeofcmds(ctx, h, layout, sliceOffset, off);
  return layout;
}

/**
 * After a complete walk: section data must start after the load commands, or sizeofcmds claims bytes that are not
 * load commands (llvm-objdump: "offset field of section … not past the headers of the file").
 */
function checkSizeofcmds(ctx: ReadContext, h: MachHeader, layout: SegmentLayout, sliceOffset: number, used: number): void {
  const first = layout.firstSectionOffset;
  if (first === undefined || first >= h.headerSize + h.sizeofcmds) return;
  ctx.error('sizeofcmds-overlaps-sections', sliceOffset + 20, t(PARSE.machoNcmdsMismatch, { ncmds: h.ncmds, sizeofcmds: h.sizeofcmds, read: h.ncmds, used }));
}

/** Validates load command `i` at `off` (relative to the commands); its cmdsize, or undefined to stop the walk. */
function checkCommand(ctx: ReadContext, h: MachHeader, b: Bytes, i: number, off: number, start: number, cut: boolean): number | undefined {
  const at = start + off;
  if (off + 8 > h.sizeofcmds) {
    ctx.error('ncmds-past-sizeofcmds', at, `load command ${i} of ${h.ncmds} starts past sizeofcmds ${h.sizeofcmds}`);
    return undefined;
  }
  if (off + 8 > b.length) {
    ctx.error('truncated-load-command', at, `load command ${i} at ${hex(at)} is cut off by the end of the file`);
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
    // Cut by the read budget: not damage (the note says what was left unexamined).
    if (!cut) ctx.error('truncated-load-command', at, `${what} is cut off by the end of the file`);
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
