/**
 * The catalogue of `errors[].code` values the reader produces. Every code except `read-failed` makes the file
 * `malformed`; `read-failed` (an I/O error, or snapshot bytes that were not captured) keeps the format.
 */
export const MACHO_ERROR_CODES = {
  'read-failed': 'the bytes could not be read (I/O error, or not captured in a snapshot)',
  'truncated-fat-header': 'the file ends inside the 8-byte fat header',
  'truncated-fat-table': 'the fat table runs past the end of the file',
  'fat-no-archs': 'nfat_arch is 0',
  'fat-nfat-absurd': 'nfat_arch is above 64 (only plausible entries are read)',
  'slice-past-end': 'a slice offset or size runs past the end of the file',
  'slice-overlaps-fat-table': 'a slice starts inside the fat header or table',
  'slice-misaligned': 'a slice offset is not a multiple of its 2^align',
  'slice-align-absurd': 'a slice align is above 2^15',
  'slices-overlap': 'two slices overlap',
  'duplicate-arch': 'two slices have the same cputype and cpusubtype',
  'fat-in-fat': 'a slice is itself a universal file',
  'slice-not-macho': 'a slice has no Mach-O magic',
  'slice-cputype-mismatch': "the fat table and the slice's mach header disagree on the CPU",
  'truncated-mach-header': 'the file or slice ends inside the mach header',
  'sizeofcmds-past-end': 'sizeofcmds runs past the end of the slice',
  'ncmds-exceeds-sizeofcmds': 'ncmds commands cannot fit in sizeofcmds',
  'sizeofcmds-overlaps-sections': 'sizeofcmds reaches into section data: ncmds and sizeofcmds disagree',
  'truncated-file': 'a segment ends past the end of the file (a partly written or downloaded file)',
  'ncmds-past-sizeofcmds': 'fewer load commands fit in sizeofcmds than ncmds says',
  'truncated-load-command': 'a load command is cut off by the end of the file or the read budget',
  'cmdsize-zero': 'a load command has cmdsize 0',
  'cmdsize-too-small': 'a load command has cmdsize below 8',
  'cmdsize-misaligned': 'cmdsize is not a multiple of 4 (32-bit) or 8 (64-bit)',
  'cmdsize-past-sizeofcmds': 'a load command runs past sizeofcmds',
  'load-command-too-small': 'a load command is smaller than its structure',
  'string-out-of-bounds': 'a string offset (lc_str) points outside its load command',
  'string-no-nul': 'a string has no NUL inside its load command',
  'build-version-ntools': 'LC_BUILD_VERSION ntools runs past the command',
  'nsects-past-cmdsize': 'a segment command lists more sections than fit in it',
  'buildinfo-bad-magic': '__go_buildinfo does not start with the Go build info magic',
  'buildinfo-truncated': 'Go build info strings run past the section or cannot be resolved',
  'too-many-errors': 'more than 64 problems; the rest are not listed',
  'internal-error': 'a reader bug, caught (please report)',
} as const;

export type MachOErrorCode = keyof typeof MACHO_ERROR_CODES;
