/** The finding modules of macOS, in rule order. */
import VSCODE_TRANSLATED from './vscode-translated';
import SHELL_TRANSLATED from './shell-translated';
import SHELL_GOARCH_EXPORTED from './shell-goarch-exported';
import DLV_DWARF5_MACOS_PANIC from './dlv-dwarf5-macos-panic';
import DLV_MISSING_LC_UUID from './dlv-missing-lc-uuid';
import TARGET_MISSING_LC_UUID from './target-missing-lc-uuid';
import DLV_TOO_OLD_FOR_MACOS from './dlv-too-old-for-macos';
import GO_TOO_OLD_FOR_XCODE from './go-too-old-for-xcode';
import DEBUGSERVER_PATH_INVALID from './debugserver-path-invalid';
import DEBUGSERVER_NOT_FOUND from './debugserver-not-found';
import DEBUGSERVER_ARCH_MISMATCH from './debugserver-arch-mismatch';
import DEBUGSERVER_TRANSLATED from './debugserver-translated';
import DEBUGSERVER_STUB_EXITED from './debugserver-stub-exited';
import DEBUGSERVER_BROKEN from './debugserver-broken';
import LLDB_SERVER_NOT_FOUND from './lldb-server-not-found';
import TASK_FOR_PID_DENIED from './task-for-pid-denied';
import DEVELOPER_MODE_OFF from './developer-mode-off';
import LIBLLDB_STALE_PATH from './liblldb-stale-path';
import LIBLLDB_ARCH_MISMATCH from './liblldb-arch-mismatch';
import LIBLLDB_DEPENDENCY_MISSING from './liblldb-dependency-missing';
import LIBLLDB_DEPENDENCY_ARCH from './liblldb-dependency-arch';
import LIBLLDB_MIXED from './liblldb-mixed';
import LIBLLDB_UNREFERENCED from './liblldb-unreferenced';
import LIBLLDB_NOT_FOUND from './liblldb-not-found';

import SETTINGS_GOARCH_OVERRIDE from './settings-goarch-override';
import SETTINGS_GOOS_OVERRIDE from './settings-goos-override';
import LAUNCH_GOOS_OVERRIDE from './launch-goos-override';
import LAUNCH_UNKNOWN_ATTRIBUTE from './launch-unknown-attribute';
import LAUNCH_NATIVE_BACKEND from './launch-native-backend';
import LAUNCH_UNKNOWN_BACKEND from './launch-unknown-backend';
import BUILD_CGO_ARCH_MISMATCH from './build-cgo-arch-mismatch';

/**
 * The macOS × Delve versions, the stub and its permissions, the LLDB libraries: their checks keep their place
 * among the rules not yet modules (rules/darwin/index.ts), where the order of equal findings comes from.
 */
export const DARWIN_PLACED = {
  versions: [DLV_MISSING_LC_UUID, TARGET_MISSING_LC_UUID, DLV_TOO_OLD_FOR_MACOS, GO_TOO_OLD_FOR_XCODE],
  stub: [DEBUGSERVER_PATH_INVALID, DEBUGSERVER_NOT_FOUND, DEBUGSERVER_ARCH_MISMATCH, DEBUGSERVER_TRANSLATED],
  permissions: [DEVELOPER_MODE_OFF],
  liblldb: [LIBLLDB_STALE_PATH, LIBLLDB_ARCH_MISMATCH, LIBLLDB_DEPENDENCY_MISSING, LIBLLDB_DEPENDENCY_ARCH, LIBLLDB_MIXED, LIBLLDB_UNREFERENCED, LIBLLDB_NOT_FOUND],
} as const;

export const DARWIN_FINDINGS = [
  VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC,
  ...DARWIN_PLACED.versions, ...DARWIN_PLACED.stub, ...DARWIN_PLACED.permissions, ...DARWIN_PLACED.liblldb,
  // Text rules only (the DAP watch and explain).
  DEBUGSERVER_STUB_EXITED, DEBUGSERVER_BROKEN, LLDB_SERVER_NOT_FOUND, TASK_FOR_PID_DENIED,
  // launch.json and go.toolsEnvVars. rank() keeps this order within one severity and component: GOARCH before GOOS
  // (launch-goarch-override is shared/, listed earlier), the overrides before the attributes and the backend.
  SETTINGS_GOARCH_OVERRIDE, SETTINGS_GOOS_OVERRIDE, LAUNCH_GOOS_OVERRIDE, LAUNCH_UNKNOWN_ATTRIBUTE, LAUNCH_NATIVE_BACKEND, LAUNCH_UNKNOWN_BACKEND,
  // Apple's linker under Rosetta (go build's text, before Delve runs).
  BUILD_CGO_ARCH_MISMATCH,
] as const;
