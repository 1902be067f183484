/** The finding modules of macOS, in rule order. */
import VSCODE_TRANSLATED from './vscode-translated';
import SHELL_TRANSLATED from './shell-translated';
import SHELL_GOARCH_EXPORTED from './shell-goarch-exported';
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';
import GO_ARCH_MISMATCH from './go-arch-mismatch';
import GO_BUILD_DIFFERS from './go-build-differs';

export const DARWIN_FINDINGS = [
  VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC,
  // The toolchain vscode-go uses.
  GO_ARCH_MISMATCH, GO_BUILD_DIFFERS,
] as const;
