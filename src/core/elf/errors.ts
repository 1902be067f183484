/**
 * The catalogue of `errors[].code` values the ELF reader produces. Every code except `read-failed` makes the
 * file `malformed`; `read-failed` (an I/O error, or snapshot bytes that were not captured) keeps the format.
 */
export const ELF_ERROR_CODES = {
  'read-failed': 'the bytes could not be read (I/O error, or not captured in a snapshot)',
  'elf-bad-class': 'EI_CLASS is neither 1 (32-bit) nor 2 (64-bit)',
  'elf-bad-data': 'EI_DATA is neither 1 (little-endian) nor 2 (big-endian)',
  'elf-truncated-header': 'the file ends inside the ELF header',
  'elf-offset-absurd': 'e_phoff or e_shoff is beyond 2^53',
  'elf-entsize-too-small': 'e_phentsize or e_shentsize is below the size of the structure',
  'elf-table-past-end': 'the program or section header table runs past the end of the file',
  'elf-table-over-budget': 'the program or section header table exceeds the read budget',
  'elf-shstrtab-past-end': 'the section name table runs past the end of the file',
  'elf-interp-bad': 'PT_INTERP is empty, longer than PATH_MAX or past the end of the file',
  'elf-interp-no-nul': 'PT_INTERP has no NUL terminator',
  'buildinfo-truncated': 'Go build info strings run past the data or cannot be resolved',
  'too-many-errors': 'more than 64 problems; the rest are not listed',
  'internal-error': 'a reader bug, caught (please report)',
} as const;

export type ElfErrorCode = keyof typeof ELF_ERROR_CODES;
