/** The finding modules of macOS, in rule order. */
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';

export const DARWIN_FINDINGS = [DLV_DWARF5_MACOS_PANIC] as const;
