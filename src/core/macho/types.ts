/**
 * Public types of the Mach-O reader. The JSON shape of `inspect --json` is SNAPSHOT.md §3; these types are a
 * superset of it (extra fields are marked as such and are not printed by `inspect --json` unless noted).
 */

import type { ReadError, ReadNote } from '../io/bytes';

export type { ByteSource } from '../io/byteSource';

type MachOFormat = 'thin' | 'fat' | 'fat64' | 'not-macho' | 'malformed' | 'unreadable';
export type NotMachOKind = 'elf' | 'pe' | 'archive' | 'java-class' | 'script' | 'empty' | 'directory' | 'unknown';

/** A problem found reading the file (the shared reader's, src/core/io/bytes.ts). */
type MachOError = ReadError;
/** Something the read budgets left unexamined (the file is not malformed for it). */
type MachONote = ReadNote;

export interface GoBuildInfo {
  goVersion: string;
  path?: string;
  mainModule?: { path: string; version: string; sum?: string };
  deps?: { path: string; version: string }[];
  /** `build` settings: GOARCH, GOOS, CGO_ENABLED, -ldflags, … */
  settings: Record<string, string>;
}

export interface MachOSlice {
  arch: string;
  cputype: number;
  cpusubtype: number;
  offset: number;
  /** Extra: size of the slice (fat table entry, or file size for thin). */
  size?: number;
  filetype?: string;
  /** Extra: raw flags of the mach header. */
  flags?: number;
  idDylib?: string;
  dylibs?: string[];
  rpaths?: string[];
  platform?: string;
  minos?: string;
  sdk?: string;
  uuid?: string;
  /** Extra: LC_CODE_SIGNATURE present. */
  codeSignature?: boolean;
  /** Extra: LC_MAIN or LC_UNIXTHREAD present. */
  entryPoint?: 'main' | 'unixthread';
  /** Extra: set when the slice of a universal file is a static library (an ar archive), not a Mach-O image. */
  archive?: true;
  /** Extra: Go build info when the slice is a Go binary. */
  goBuildInfo?: GoBuildInfo;
  /** Extra: names of the capability bits of cpusubtype (`lib64` on x86_64, `ptrauth-abi` on arm64e). */
  capabilities?: string[];
  /** Extra: the mach header's magic name (MH_MAGIC_64, MH_CIGAM, …). */
  magic?: string;
  /** Extra: ncmds and sizeofcmds as the header states them. */
  ncmds?: number;
  sizeofcmds?: number;
  /** Extra: each dylib dependency with the load command that names it, in load-command order. */
  dylibCommands?: { cmd: DylibCommandName; name: string }[];
}

type DylibCommandName =
  | 'LC_LOAD_DYLIB'
  | 'LC_LOAD_WEAK_DYLIB'
  | 'LC_REEXPORT_DYLIB'
  | 'LC_LAZY_LOAD_DYLIB'
  | 'LC_LOAD_UPWARD_DYLIB';

export interface MachOFile {
  path: string;
  format: MachOFormat;
  kind?: NotMachOKind;
  size?: number;
  /** For `unreadable`: the OS error code (ENOENT, EACCES, EISDIR, ELOOP, …). */
  errno?: string;
  slices: MachOSlice[];
  errors: MachOError[];
  /** What the read budgets cut, when anything was (SNAPSHOT.md §3 `notes`). */
  notes?: MachONote[];
  /** Extra: total bytes the reader requested from the source. */
  bytesRead?: number;
}
