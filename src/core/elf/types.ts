/**
 * Public types of the ELF reader: what a Linux binary is for (class, byte order, machine, type), the program
 * interpreter it asks for (PT_INTERP) and its Go build info. Errors are values, as in the Mach-O reader.
 */
import type { ReadError, ReadNote } from '../io/bytes';
import type { GoBuildInfo } from '../macho/types';

export type ElfFormat = 'elf' | 'not-elf' | 'malformed' | 'unreadable';

export interface ElfFile {
  path: string;
  format: ElfFormat;
  size?: number;
  /** For `unreadable`: the OS error code (ENOENT, EACCES, EISDIR, …). */
  errno?: string;
  /** 32 or 64 (EI_CLASS). */
  bits?: 32 | 64;
  byteOrder?: 'little' | 'big';
  /** e_machine as a number, and its name as readelf prints it (`X86-64`, `AArch64`). */
  machine?: number;
  machineName?: string;
  /** The GOARCH name of the machine (`amd64`, `arm64`, `386`, `arm`, …) when one fits. */
  goarch?: string;
  /** e_type: `EXEC`, `DYN`, `REL`, `CORE`, or `0x…`. */
  type?: string;
  /** PT_INTERP: the dynamic loader the kernel starts (absent for static binaries). */
  interpreter?: string;
  goBuildInfo?: GoBuildInfo;
  errors: ReadError[];
  /** What the read budgets cut (`truncated-by-budget`), when anything was: the file is not damaged for it. */
  notes?: ReadNote[];
  bytesRead?: number;
}
