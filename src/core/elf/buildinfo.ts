/**
 * Go build info of an ELF file, read as Go's debug/buildinfo reads it: the data start is the `.go.buildinfo`
 * section, else the first writable, non-executable PT_LOAD segment; up to 64 KiB from there are searched for the
 * 16-byte aligned magic "\xff Go buildinf:". Then either (flag 2, Go 1.18+) two varint-prefixed strings inline,
 * or (Go < 1.18) two pointers to Go string headers resolved through the segments. The header, strings and
 * modinfo decoding are the Mach-O reader's (src/core/macho/buildinfo.ts), shared.
 */
import { Bytes, hex, utf8, type ReadContext } from '../io/bytes';
import { FLAG_BIG_ENDIAN, FLAG_VERSION_INLINE, MAGIC, inlineStrings } from '../macho/buildinfo';
import { MAX_BUILDINFO_BYTES } from '../macho/limits';
import { parseModinfo } from '../macho/modinfo';
import type { GoBuildInfo } from '../macho/types';
import { PF_W, PF_X, PT_LOAD, type ProgramHeader, type SectionHeader } from './tables';

const ALIGN = 16;
/** Bytes read first: the blob is almost always at the data start and short; the full 64 KiB only when needed. */
const FIRST_READ = 4096;

/** The first segment whose file bytes hold virtual address `addr` (as debug/buildinfo's ReadData looks). */
function segmentOf(phs: readonly ProgramHeader[], addr: number): ProgramHeader | undefined {
  return phs.find((p) => p.filesz > 0 && addr >= p.vaddr && addr <= p.vaddr + p.filesz - 1);
}

/** debug/buildinfo's ReadData: up to `size` bytes at virtual address `addr`, from the first segment holding it. */
function readData(ctx: ReadContext, phs: readonly ProgramHeader[], addr: number, size: number): Uint8Array | undefined {
  const p = segmentOf(phs, addr);
  if (!p) return undefined;
  const n = Math.min(p.vaddr + p.filesz - addr, size);
  const off = p.offset + (addr - p.vaddr);
  if (off < 0 || off + n > ctx.size) return undefined;
  const raw = ctx.read(off, n, 'Go build info');
  return raw && raw.length === n ? raw : undefined;
}

function dataStart(shs: readonly SectionHeader[], phs: readonly ProgramHeader[]): number | undefined {
  const sect = shs.find((s) => s.name === '.go.buildinfo');
  if (sect) return sect.addr;
  return phs.find((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === PF_W)?.vaddr;
}

function findMagic(data: Uint8Array): number | undefined {
  for (let i = 0; i + 32 <= data.length; i += ALIGN) if (MAGIC.every((x, k) => data[i + k] === x)) return i;
  return undefined;
}

function pointedString(ctx: ReadContext, phs: readonly ProgramHeader[], addr: number, ptrSize: number, little: boolean): string | undefined {
  const hdr = readData(ctx, phs, addr, 2 * ptrSize);
  if (!hdr || hdr.length < 2 * ptrSize) return undefined;
  const b = Bytes.of(hdr, little);
  const dataAddr = b.ptr(0, ptrSize);
  const len = b.ptr(ptrSize, ptrSize);
  if (dataAddr === undefined || len === undefined || len > MAX_BUILDINFO_BYTES) return undefined;
  if (len === 0) return '';
  const data = readData(ctx, phs, dataAddr, len);
  return data && data.length === len ? utf8(data) : undefined;
}

/** Build info, or undefined for a file that is not a Go program (an error only when the blob is damaged). */
export function readElfBuildInfo(ctx: ReadContext, shs: readonly SectionHeader[], phs: readonly ProgramHeader[]): GoBuildInfo | undefined {
  const start = dataStart(shs, phs);
  if (start === undefined) return undefined;
  const first = readData(ctx, phs, start, FIRST_READ);
  const firstAt = first ? findMagic(first) : undefined;
  const complete = first && firstAt !== undefined && ((first[firstAt + 15] ?? 0) & FLAG_VERSION_INLINE ? inlineStrings(first.subarray(firstAt)) !== undefined : true);
  const data = complete ? first : readData(ctx, phs, start, MAX_BUILDINFO_BYTES);
  const at = data ? findMagic(data) : undefined;
  if (!data || at === undefined) return undefined;
  const raw = data.subarray(at);
  const ptrSize = raw[14] ?? 0;
  const flags = raw[15] ?? 0;
  let strings: [string, string] | undefined;
  if (flags & FLAG_VERSION_INLINE) strings = inlineStrings(raw);
  else if (ptrSize === 4 || ptrSize === 8) {
    const little = (flags & FLAG_BIG_ENDIAN) === 0;
    const b = Bytes.of(raw, little);
    const vers = pointedString(ctx, phs, b.ptr(16, ptrSize) ?? 0, ptrSize, little);
    const mod = pointedString(ctx, phs, b.ptr(16 + ptrSize, ptrSize) ?? 0, ptrSize, little);
    if (vers !== undefined) strings = [vers, mod ?? ''];
  }
  if (!strings) {
    // The offset is in the file (as every reader error's), the address only in the text (issue 16 item 2).
    const seg = segmentOf(phs, start);
    const off = Math.max(0, (seg ? seg.offset - seg.vaddr + start : 0) + at);
    ctx.error('buildinfo-truncated', off, `Go build info at file offset ${hex(off)} (address ${hex(start + at)}): version strings run past the data or cannot be resolved`);
    return undefined;
  }
  return parseModinfo(strings[0], strings[1]);
}
