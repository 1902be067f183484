/** readElf: any ByteSource in, a typed ElfFile out; never throws, never reads the whole file. */
import { Bytes, ReadContext } from '../io/bytes';
import type { ByteSource } from '../macho/types';
import { readElfBuildInfo } from './buildinfo';
import { isElf, readHeader, typeName, type ElfHeader } from './header';
import { MAX_INTERP_BYTES } from './limits';
import { machineGoarch, machineName } from '../arch/elf';
import { PT_INTERP, programHeaders, sectionHeaders, type ProgramHeader } from './tables';
import type { ElfFile } from './types';

/** Error codes that mean "could not read", not "the file is damaged": they keep the format. */
const IO_CODES = new Set(['read-failed']);

export function readElf(src: ByteSource, path: string): ElfFile {
  const ctx = new ReadContext(src);
  let file: ElfFile;
  try {
    file = readFormat(ctx, path);
  } catch (e) {
    file = { path, format: 'malformed', errors: [] };
    ctx.error('internal-error', 0, `reader failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  file.errors = ctx.errors;
  if (ctx.notes.length) file.notes = ctx.notes;
  file.bytesRead = ctx.bytesRead;
  if (file.format === 'elf' && ctx.errors.some((e) => !IO_CODES.has(e.code))) file.format = 'malformed';
  return file;
}

function readFormat(ctx: ReadContext, path: string): ElfFile {
  const base: ElfFile = { path, format: 'elf', size: ctx.size, errors: [] };
  const head = ctx.read(0, 64, 'ELF header');
  if (!head) return { ...base, format: 'unreadable', errno: 'EIO' };
  if (!isElf(head)) return { ...base, format: 'not-elf' };
  const h = readHeader(ctx, head, (little) => Bytes.of(head, little));
  if (!h) return { ...base, format: 'malformed' };
  const file = describe(base, h);
  const phs = programHeaders(ctx, h);
  const interp = interpreter(ctx, phs);
  if (interp !== undefined) file.interpreter = interp;
  const info = readElfBuildInfo(ctx, sectionHeaders(ctx, h), phs);
  if (info) file.goBuildInfo = info;
  return file;
}

function describe(base: ElfFile, h: ElfHeader): ElfFile {
  const file: ElfFile = { ...base, bits: h.bits, byteOrder: h.little ? 'little' : 'big', machine: h.machine, machineName: machineName(h.machine), type: typeName(h.type) };
  const goarch = machineGoarch(h.machine, h.bits, h.little);
  if (goarch) file.goarch = goarch;
  return file;
}

/** PT_INTERP's path: NUL-terminated within the segment (the kernel reads p_filesz bytes, at most PATH_MAX). */
function interpreter(ctx: ReadContext, phs: readonly ProgramHeader[]): string | undefined {
  const p = phs.find((x) => x.type === PT_INTERP);
  if (!p) return undefined;
  if (p.offset < 0 || p.filesz <= 0 || p.filesz > MAX_INTERP_BYTES || p.offset + p.filesz > ctx.size) {
    ctx.error('elf-interp-bad', Math.max(0, p.offset), `PT_INTERP (${p.filesz} bytes at offset ${p.offset}) is empty, too long or past the end of the file`);
    return undefined;
  }
  const raw = ctx.read(p.offset, p.filesz, 'PT_INTERP');
  if (!raw) return undefined;
  const s = Bytes.of(raw, true).cstring(0);
  if (s === undefined) ctx.error('elf-interp-no-nul', p.offset, 'PT_INTERP has no NUL terminator');
  return s;
}
