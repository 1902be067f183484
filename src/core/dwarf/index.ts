/**
 * The DWARF reader: which DWARF versions a binary's compile units have, Go's apart from cgo's C units, as Delve's
 * version check counts them (pkg/proc/bininfo.go `DwarfVersion`). Bounded (limits.ts), typed errors, never throws.
 */
export type * from './types';
export { elfDwarf } from './elf';
export { machoDwarf } from './macho';
