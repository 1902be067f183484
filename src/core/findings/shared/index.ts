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

export const SHARED_FINDINGS = [
  // The program, the toolchain vscode-go starts (a check on macOS; vscode-go's and Delve's words everywhere), and
  // the generic attach-failed: in the order their text rules had in the classifier (dap/rules-delve.ts,
  // then the former dap/rules-vscode.ts).
  TARGET_NOT_EXECUTABLE, TARGET_ARCH_MISMATCH, GO_NOT_FOUND, DLV_NOT_FOUND, DLV_NOT_EXECUTABLE, ATTACH_FAILED,
  // Delve's Go window (a check on macOS; Delve's words everywhere).
  GO_TOO_OLD, DLV_TOO_OLD,
  DLV_DWARF5_OLD_GO, TARGET_NO_DEBUG_INFO, TARGET_OPTIMIZED, TARGET_TRIMPATH, DLV_CONNECT_TIMEOUT, EXTENSION_HOST_BUSY, BREAKPOINTS_PATH_MISMATCH,
  // Generic failures (Delve or vscode-go says only that something failed): folded into a precise finding.
  DLV_START_FAILED, DLV_EXITED, BUILD_FAILED, LAUNCH_FAILED,
  // The diagnosis itself failed (src/core/diagnose.ts).
  INTERNAL_ERROR,
] as const;
