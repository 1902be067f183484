/** The finding modules of macOS, in rule order. */
import VSCODE_TRANSLATED from './vscode-translated';
import SHELL_TRANSLATED from './shell-translated';
import SHELL_GOARCH_EXPORTED from './shell-goarch-exported';
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';
import GO_ARCH_MISMATCH from './go-arch-mismatch';
import GO_BUILD_DIFFERS from './go-build-differs';
import SETTINGS_ALTERNATE_DLV_INVALID from './settings-alternate-dlv-invalid';
import DLV_BAD_CPU from './dlv-bad-cpu';
import DLV_ARCH_MISMATCH from './dlv-arch-mismatch';
import DLV_NO_ARM64_SUPPORT from './dlv-no-arm64-support';
import DLV_TRANSLATED from './dlv-translated';

export const DARWIN_FINDINGS = [
  VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC,
  // The toolchain vscode-go uses and the dlv it starts.
  GO_ARCH_MISMATCH, GO_BUILD_DIFFERS, SETTINGS_ALTERNATE_DLV_INVALID, DLV_TRANSLATED, DLV_NO_ARM64_SUPPORT, DLV_BAD_CPU, DLV_ARCH_MISMATCH,
] as const;
