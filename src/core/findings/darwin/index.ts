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
import GO_ARCH_MISMATCH from './go-arch-mismatch';
import GO_BUILD_DIFFERS from './go-build-differs';
import SETTINGS_ALTERNATE_DLV_INVALID from './settings-alternate-dlv-invalid';
import DLV_BAD_CPU from './dlv-bad-cpu';
import DLV_ARCH_MISMATCH from './dlv-arch-mismatch';
import DLV_NO_ARM64_SUPPORT from './dlv-no-arm64-support';
import DLV_TRANSLATED from './dlv-translated';

export const DARWIN_FINDINGS = [
  VSCODE_TRANSLATED, SHELL_TRANSLATED, SHELL_GOARCH_EXPORTED, DLV_DWARF5_MACOS_PANIC,
  // macOS × Delve and Go versions (dyld's LC_UUID, E97, DW_FORM_strx, Xcode 16's rodata).
  DLV_MISSING_LC_UUID, TARGET_MISSING_LC_UUID, DLV_TOO_OLD_FOR_MACOS, GO_TOO_OLD_FOR_XCODE,
  // The toolchain vscode-go uses and the dlv it starts.
  GO_ARCH_MISMATCH, GO_BUILD_DIFFERS, SETTINGS_ALTERNATE_DLV_INVALID, DLV_TRANSLATED, DLV_NO_ARM64_SUPPORT, DLV_BAD_CPU, DLV_ARCH_MISMATCH,
  // The stub and its permissions.
  DEBUGSERVER_PATH_INVALID, DEBUGSERVER_NOT_FOUND, DEBUGSERVER_ARCH_MISMATCH, DEBUGSERVER_TRANSLATED, DEVELOPER_MODE_OFF,
  DEBUGSERVER_STUB_EXITED, DEBUGSERVER_BROKEN, LLDB_SERVER_NOT_FOUND, TASK_FOR_PID_DENIED,
  // The LLDB libraries.
  LIBLLDB_STALE_PATH, LIBLLDB_ARCH_MISMATCH, LIBLLDB_DEPENDENCY_MISSING, LIBLLDB_DEPENDENCY_ARCH, LIBLLDB_MIXED, LIBLLDB_UNREFERENCED, LIBLLDB_NOT_FOUND,
  // launch.json and go.toolsEnvVars (launch-goarch-override is shared/).
  SETTINGS_GOARCH_OVERRIDE, SETTINGS_GOOS_OVERRIDE, LAUNCH_GOOS_OVERRIDE, LAUNCH_UNKNOWN_ATTRIBUTE, LAUNCH_NATIVE_BACKEND, LAUNCH_UNKNOWN_BACKEND,
  // Apple's linker under Rosetta (go build's text, before Delve runs).
  BUILD_CGO_ARCH_MISMATCH,
] as const;
