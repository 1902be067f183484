/** The finding modules of macOS, in rule order. */
import VSCODE_TRANSLATED from './vscode-translated';
import SHELL_TRANSLATED from './shell-translated';
import SHELL_GOARCH_EXPORTED from './shell-goarch-exported';
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';
import SETTINGS_GOARCH_OVERRIDE from './settings-goarch-override';
import SETTINGS_GOOS_OVERRIDE from './settings-goos-override';
import LAUNCH_GOOS_OVERRIDE from './launch-goos-override';
import LAUNCH_UNKNOWN_ATTRIBUTE from './launch-unknown-attribute';
import LAUNCH_NATIVE_BACKEND from './launch-native-backend';
import LAUNCH_UNKNOWN_BACKEND from './launch-unknown-backend';
import BUILD_CGO_ARCH_MISMATCH from './build-cgo-arch-mismatch';

export const DARWIN_FINDINGS = [
  VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC,
  // launch.json and go.toolsEnvVars. rank() keeps this order within one severity and component: GOARCH before GOOS
  // (launch-goarch-override is shared/, listed earlier), the overrides before the attributes and the backend.
  SETTINGS_GOARCH_OVERRIDE, SETTINGS_GOOS_OVERRIDE, LAUNCH_GOOS_OVERRIDE, LAUNCH_UNKNOWN_ATTRIBUTE, LAUNCH_NATIVE_BACKEND, LAUNCH_UNKNOWN_BACKEND,
  // Apple's linker under Rosetta (go build's text, before Delve runs).
  BUILD_CGO_ARCH_MISMATCH,
] as const;
