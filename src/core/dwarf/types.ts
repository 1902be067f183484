/** Public types of the DWARF reader: which DWARF versions a binary's compile units have, Go's apart from the rest. */

/** Typed failures: the reader never throws; a failure leaves the versions unknown. */
type DwarfErrorCode =
  | 'no-debug-info' // no .debug_info / __debug_info section: built with -ldflags=-w, stripped, or not Go
  | 'over-budget' // a section or its inflated size exceeds the reader's limits
  | 'bad-compression' // a compressed section whose header or zlib stream is damaged
  | 'truncated' // a unit or abbreviation runs past its section
  | 'unsupported' // a form or unit type the reader does not know
  | 'read-failed'; // the file could not be read

export interface DwarfError {
  code: DwarfErrorCode;
  message: string;
}

export interface DwarfSummary {
  /** Compile units walked, and how many of them are Go's (DW_AT_language = DW_LANG_Go, 0x16). */
  units: number;
  goUnits: number;
  /** Highest DWARF version of the Go compile units: what Delve's BinaryInfo.DwarfVersion returns. */
  goVersion?: number;
  /** Highest DWARF version of the other compile units (cgo's C objects): Delve's version check ignores them. */
  otherVersion?: number;
  /** Only the units up to the first Go unit were read (Go's linker writes all Go units with one version). */
  firstGoOnly?: boolean;
  /** The .debug_info section was compressed (SHF_COMPRESSED, .zdebug_ or __zdebug_). */
  compressed?: boolean;
  error?: DwarfError;
}
