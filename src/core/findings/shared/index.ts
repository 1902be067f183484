/** The finding modules of every platform, in rule order (a check runs in this order on each platform it names). */
import DLV_DWARF5_OLD_GO from './dlv-dwarf5-old-go';
import TARGET_NO_DEBUG_INFO from './target-no-debug-info';
import TARGET_OPTIMIZED from './target-optimized';
import TARGET_TRIMPATH from './target-trimpath';
import DLV_CONNECT_TIMEOUT from './dlv-connect-timeout';
import EXTENSION_HOST_BUSY from './extension-host-busy';
import BREAKPOINTS_PATH_MISMATCH from './breakpoints-path-mismatch';
import DLV_START_FAILED from './dlv-start-failed';
import DLV_EXITED from './dlv-exited';
import BUILD_FAILED from './build-failed';
import LAUNCH_FAILED from './launch-failed';
import DLV_TOO_OLD from './dlv-too-old';
import GO_TOO_OLD from './go-too-old';
import LLDB_SERVER_STUB_EXITED from './lldb-server-stub-exited';
import LLDB_SERVER_MISSING from './lldb-server-missing';
import NOT_MACOS from './not-macos';

export const SHARED_FINDINGS = [
  // Delve's Go window (a check on macOS; Delve's words everywhere).
  GO_TOO_OLD, DLV_TOO_OLD,
  DLV_DWARF5_OLD_GO, TARGET_NO_DEBUG_INFO, TARGET_OPTIMIZED, TARGET_TRIMPATH, DLV_CONNECT_TIMEOUT, EXTENSION_HOST_BUSY, BREAKPOINTS_PATH_MISMATCH,
  // Generic failures (Delve or vscode-go says only that something failed): folded into a precise finding.
  DLV_START_FAILED, DLV_EXITED, BUILD_FAILED, LAUNCH_FAILED,
  // The stub off a Mac (lldb-server, backend "lldb"), and on a Mac when Delve found no debugserver.
  LLDB_SERVER_STUB_EXITED, LLDB_SERVER_MISSING,
  // Made by diagnose.ts for a platform this product does not diagnose.
  NOT_MACOS,
] as const;
