/** Read limits of the Mach-O reader. The reader never reads more than these, whatever the file says. */

/**
 * Bytes read per slice for the mach header and its load commands, whatever sizeofcmds says (real binaries use a
 * few KiB; Xcode's LLDB about 6 KiB). Load commands past it are not examined, and a note says so.
 */
export const DEFAULT_SLICE_BUDGET = 64 * 1024;
/** Bytes of load commands read in the whole file, all slices together (16 slices at the full per-slice budget). */
export const FILE_COMMAND_BYTES = 1024 * 1024;
/** Load commands decoded in the whole file, all slices together (real binaries have tens to a few hundred). */
export const FILE_MAX_COMMANDS = 16 * 1024;
/** At most this many fat_arch entries are read (lipo's limit is far lower in practice). */
export const MAX_FAT_ARCHS = 64;
/** `file` (Magdir/cafebabe) calls 0xcafebabe with nfat_arch above this a Java class file. */
export const JAVA_CLASS_NFAT_THRESHOLD = 30;
/** Bytes of Go build info read per slice: 32-byte header plus version and modinfo strings. */
export const MAX_BUILDINFO_BYTES = 64 * 1024;
