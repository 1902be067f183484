/** Read limits of the ELF reader: it never reads (or decodes) more than these, whatever the file says. */

/** Program header table (a real executable has about 10 entries of 56 bytes). */
export const MAX_PH_BYTES = 64 * 1024;
/** Section header table (Go binaries have about 40 sections; large C++ programs a few thousand). */
export const MAX_SH_BYTES = 1024 * 1024;
/** Section name table. */
export const MAX_SHSTR_BYTES = 256 * 1024;
/** PT_INTERP: a path (PATH_MAX). */
export const MAX_INTERP_BYTES = 4096;
/**
 * Bytes of section names decoded in the whole file, all names together: four times the name table read, since
 * linkers share suffixes (`.rela.text` and `.text` are one string). Each name is also capped (MAX_STRING_BYTES).
 */
export const FILE_NAME_BYTES = 4 * MAX_SHSTR_BYTES;
