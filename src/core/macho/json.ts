/** The `inspect --json` object of one file: exactly the shape of SNAPSHOT.md §3, no extra fields. */
import type { MachOFile, MachOSlice } from './types';

/** The §3 fields of a slice: the reader's own names and types, without its extras. */
type InspectSliceJson = Pick<
  MachOSlice,
  'arch' | 'cputype' | 'cpusubtype' | 'offset' | 'filetype' | 'idDylib' | 'dylibs' | 'rpaths' | 'platform' | 'minos' | 'sdk' | 'uuid'
>;

export interface InspectJson {
  path: string;
  format: MachOFile['format'];
  kind?: MachOFile['kind'];
  errno?: string;
  size?: number;
  slices: InspectSliceJson[];
  errors: { code: string; offset: number; message: string }[];
  /** Only when the read budgets cut something: what was left unexamined. */
  notes?: { code: string; offset: number; message: string }[];
}

function sliceJson(s: MachOSlice): InspectSliceJson {
  const out: InspectSliceJson = { arch: s.arch, cputype: s.cputype >>> 0, cpusubtype: s.cpusubtype >>> 0, offset: s.offset };
  if (s.archive) out.filetype = 'archive';
  else if (s.filetype !== undefined) {
    out.filetype = s.filetype;
    if (s.idDylib !== undefined) out.idDylib = s.idDylib;
    out.dylibs = [...(s.dylibs ?? [])];
    out.rpaths = [...(s.rpaths ?? [])];
  }
  if (s.platform !== undefined) out.platform = s.platform;
  if (s.minos !== undefined) out.minos = s.minos;
  if (s.sdk !== undefined) out.sdk = s.sdk;
  if (s.uuid !== undefined) out.uuid = s.uuid;
  return out;
}

/**
 * Field rules: `kind` only for not-macho (and directories), `errno` only for unreadable, `size` when known;
 * per slice, `filetype`/`dylibs`/`rpaths` once the mach header was read, other fields when present.
 */
export function toInspectJson(file: MachOFile): InspectJson {
  // Keys in the order of SNAPSHOT.md §3 (path, format, kind/errno, size, slices, errors, notes).
  return {
    path: file.path,
    format: file.format,
    ...(file.kind !== undefined ? { kind: file.kind } : {}),
    ...(file.errno !== undefined ? { errno: file.errno } : {}),
    ...(file.size !== undefined ? { size: file.size } : {}),
    slices: file.slices.map(sliceJson),
    errors: file.errors.map((e) => ({ code: e.code, offset: e.offset, message: e.message })),
    ...(file.notes?.length ? { notes: file.notes.map((n) => ({ code: n.code, offset: n.offset, message: n.message })) } : {}),
  };
}
