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
import GO_NOT_FOUND from './go-not-found';
import ATTACH_FAILED from './attach-failed';
import INTERNAL_ERROR from './internal-error';
import TARGET_NOT_EXECUTABLE from './target-not-executable';
import TARGET_ARCH_MISMATCH from './target-arch-mismatch';
import DLV_NOT_FOUND from './dlv-not-found';
import DLV_NOT_EXECUTABLE from './dlv-not-executable';
import LAUNCH_GOARCH_OVERRIDE from './launch-goarch-override';
import LAUNCH_PROGRAM_MISSING from './launch-program-missing';
import LAUNCH_CORE_MISSING from './launch-core-missing';
import LAUNCH_MODE_UNSUPPORTED from './launch-mode-unsupported';
import LAUNCH_PROGRAM_ATTRIBUTE_MISSING from './launch-program-attribute-missing';
import LAUNCH_ATTRIBUTE_MISSING from './launch-attribute-missing';
import LAUNCH_ATTRIBUTE_INVALID from './launch-attribute-invalid';
import LAUNCH_CWD_MISSING from './launch-cwd-missing';
import ATTACH_PROCESS_MISSING from './attach-process-missing';
import ATTACH_PERMISSION_DENIED from './attach-permission-denied';
import ATTACH_REMOTE_NO_TARGET from './attach-remote-no-target';
import LAUNCH_RR_MISSING from './launch-rr-missing';
import REMOTE_NOT_CHECKED from './remote-not-checked';
import LLDB_SERVER_STUB_EXITED from './lldb-server-stub-exited';
import LLDB_SERVER_MISSING from './lldb-server-missing';
import NOT_MACOS from './not-macos';

export const SHARED_FINDINGS = [
  // The program, the toolchain vscode-go starts (a check on macOS; vscode-go's and Delve's words everywhere), and
  // the generic attach-failed: in the order their text rules had in the classifier before they became modules
  // (Delve's words, then vscode-go's).
  TARGET_NOT_EXECUTABLE, TARGET_ARCH_MISMATCH, GO_NOT_FOUND, DLV_NOT_FOUND, DLV_NOT_EXECUTABLE, ATTACH_FAILED,
  // Delve's Go window (a check on macOS; Delve's words everywhere).
  GO_TOO_OLD, DLV_TOO_OLD,
  DLV_DWARF5_OLD_GO, TARGET_NO_DEBUG_INFO, TARGET_OPTIMIZED, TARGET_TRIMPATH, DLV_CONNECT_TIMEOUT, EXTENSION_HOST_BUSY, BREAKPOINTS_PATH_MISMATCH,
  // launch.json (a check on macOS; the launch request's GOARCH everywhere).
  LAUNCH_GOARCH_OVERRIDE,
  // Delve's launch and attach failures that name a mistake in the configuration (issue 10 item 8).
  LAUNCH_PROGRAM_MISSING, LAUNCH_CORE_MISSING, LAUNCH_MODE_UNSUPPORTED, LAUNCH_PROGRAM_ATTRIBUTE_MISSING, LAUNCH_ATTRIBUTE_MISSING, LAUNCH_ATTRIBUTE_INVALID,
  LAUNCH_CWD_MISSING, ATTACH_PROCESS_MISSING, ATTACH_PERMISSION_DENIED, ATTACH_REMOTE_NO_TARGET, LAUNCH_RR_MISSING,
  // A launch that joins a dlv server already running (rules/reach.ts).
  REMOTE_NOT_CHECKED,
  // Generic failures (Delve or vscode-go says only that something failed): folded into a precise finding.
  DLV_START_FAILED, DLV_EXITED, BUILD_FAILED, LAUNCH_FAILED,
  // The stub off a Mac (lldb-server, backend "lldb"), and on a Mac when Delve found no debugserver.
  LLDB_SERVER_STUB_EXITED, LLDB_SERVER_MISSING,
  // Made by diagnose.ts for a platform this product does not diagnose.
  NOT_MACOS,
  // The diagnosis itself failed (src/core/diagnose.ts).
  INTERNAL_ERROR,
] as const;
