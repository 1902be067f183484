/** The finding modules of macOS, in rule order. */
import VSCODE_TRANSLATED from './vscode-translated';
import SHELL_TRANSLATED from './shell-translated';
import SHELL_GOARCH_EXPORTED from './shell-goarch-exported';
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';

export const DARWIN_FINDINGS = [VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC] as const;
