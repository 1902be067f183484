/** Read limits of the Mach-O reader. The reader never reads more than these, whatever the file says. */

/** Default bytes read per slice for the mach header and its load commands. */
export const DEFAULT_SLICE_BUDGET = 64 * 1024;
/**
 * A `sizeofcmds` above the per-slice budget is still read when plausible: it fits in the slice and stays under this
 * cap (real binaries stay far below 1 MiB; this leaves room for huge frameworks).
 */
export const MAX_PLAUSIBLE_SIZEOFCMDS = 8 * 1024 * 1024;
/** At most this many fat_arch entries are read (lipo's limit is far lower in practice). */
export const MAX_FAT_ARCHS = 64;
/** `file` (Magdir/cafebabe) calls 0xcafebabe with nfat_arch above this a Java class file. */
export const JAVA_CLASS_NFAT_THRESHOLD = 30;
/** Bytes of Go build info read per slice: 32-byte header plus version and modinfo strings. */
export const MAX_BUILDINFO_BYTES = 64 * 1024;
/** Upper bound of bytes the fat table may need: header + MAX_FAT_ARCHS 64-bit entries. */
export const MAX_FAT_TABLE_BYTES = 8 + MAX_FAT_ARCHS * 32;
/** At most this many error entries per file (then one `too-many-errors`). */
export const MAX_ERRORS = 64;
