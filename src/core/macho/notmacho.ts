/** What a file is when it is not Mach-O, from its first bytes (as `file` would decide). */
import type { NotMachOKind } from './types';

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

const ELF = [0x7f, 0x45, 0x4c, 0x46];
const MZ = [0x4d, 0x5a];
const AR = [...'!<arch>\n'].map((c) => c.charCodeAt(0));
const AR_THIN = [...'!<thin>\n'].map((c) => c.charCodeAt(0));
const SHEBANG = [0x23, 0x21];

/** Whether the bytes start an ar archive (a static library: a whole file, or a slice of a universal one). */
export function isArchive(head: Uint8Array): boolean {
  return startsWith(head, AR) || startsWith(head, AR_THIN);
}

/**
 * Kind of a non-Mach-O file from its first bytes. Java class files (0xcafebabe with a large "nfat_arch") are
 * decided by the fat reader, which sees the count first.
 */
export function sniffKind(head: Uint8Array, size: number): NotMachOKind {
  if (size === 0) return 'empty';
  if (startsWith(head, ELF)) return 'elf';
  if (startsWith(head, MZ)) return 'pe';
  if (isArchive(head)) return 'archive';
  if (startsWith(head, SHEBANG)) return 'script';
  return 'unknown';
}
