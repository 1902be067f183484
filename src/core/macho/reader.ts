/** readMachO: the pure core. Any ByteSource in, a typed MachOFile out; never throws, never reads the whole file. */
import { beU32, ReadContext } from '../io/bytes';
import { FAT_MAGIC, FAT_MAGIC_64, readFatTable } from './fat';
import { machMagic } from './header';
import { DEFAULT_SLICE_BUDGET, FILE_COMMAND_BYTES, FILE_MAX_COMMANDS } from './limits';
import { sniffKind } from './notmacho';
import { readFatSlice, readSliceAt, type SliceOptions } from './slice';
import type { ByteSource, MachOFile } from './types';

export interface ReadOptions {
  /** Bytes read per slice for the header and load commands (default 64 KiB; more when sizeofcmds is plausible). */
  perSliceBudget?: number;
  /** Read Go build info (default true). */
  goBuildInfo?: boolean;
}

/** Error codes that mean "could not read", not "the file is damaged": they keep the format. */
const IO_CODES = new Set(['read-failed']);

export function readMachO(src: ByteSource, path: string, options: ReadOptions = {}): MachOFile {
  const ctx = new ReadContext(src, { commandBytes: FILE_COMMAND_BYTES, commands: FILE_MAX_COMMANDS });
  let file: MachOFile;
  try {
    file = readFormat(ctx, path, {
      perSliceBudget: options.perSliceBudget ?? DEFAULT_SLICE_BUDGET,
      goBuildInfo: options.goBuildInfo ?? true,
    });
  } catch (e) {
    // Defensive: a bug must not take the caller down. Report it as an error entry.
    file = { path, format: 'malformed', size: safeSize(src), slices: [], errors: [] };
    ctx.error('internal-error', 0, `reader failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  file.errors = ctx.errors;
  if (ctx.notes.length) file.notes = ctx.notes;
  file.bytesRead = ctx.bytesRead;
  if (file.format !== 'not-macho' && ctx.errors.some((e) => !IO_CODES.has(e.code))) file.format = 'malformed';
  return file;
}

function safeSize(src: ByteSource): number {
  try {
    return src.size;
  } catch {
    return 0;
  }
}

function readFormat(ctx: ReadContext, path: string, opts: SliceOptions): MachOFile {
  const size = ctx.size;
  const base = { path, size, slices: [], errors: [] };
  const head = ctx.read(0, 32, 'file header');
  if (!head) return { ...base, format: 'malformed' };
  const magic = beU32(head);
  if (magic === FAT_MAGIC || magic === FAT_MAGIC_64) {
    const is64 = magic === FAT_MAGIC_64;
    const table = readFatTable(ctx, head, is64);
    if (table?.kind === 'java-class') return { ...base, format: 'not-macho', kind: 'java-class' };
    const slices = (table?.entries ?? []).map((e) => readFatSlice(ctx, e, opts));
    return { ...base, format: is64 ? 'fat64' : 'fat', slices };
  }
  if (machMagic(magic)) {
    const slice = readSliceAt(ctx, 0, size, opts, head);
    return { ...base, format: 'thin', slices: slice ? [slice] : [] };
  }
  return { ...base, format: 'not-macho', kind: sniffKind(head, size) };
}
