/** Work budget of the DWARF reader: whatever a file says, it never reads, inflates or walks more than these. */

/** Bytes of one section read from the file (stored or compressed): Go's .debug_info is a few MiB at most. */
export const MAX_SECTION_BYTES = 32 * 1024 * 1024;
/** Bytes one compressed section may inflate to (zlib's maxOutputLength stops there). */
export const MAX_INFLATED_BYTES = 96 * 1024 * 1024;
/** Compile units walked in .debug_info (a Go program has one per package: hundreds; cgo adds one per C file). */
export const MAX_UNITS = 50_000;
/** Abbreviation declarations scanned to find one code (Go's linker writes a few dozen). */
export const MAX_ABBREV_DECLS = 10_000;
/** Attributes of one abbreviation declaration. */
export const MAX_ATTRS = 256;
