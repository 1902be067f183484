/** The finding modules of every platform, in rule order (a check runs in this order on each platform it names). */
import DLV_DWARF5_OLD_GO from './dlv-dwarf5-old-go';
import TARGET_NO_DEBUG_INFO from './target-no-debug-info';
import TARGET_OPTIMIZED from './target-optimized';
import TARGET_TRIMPATH from './target-trimpath';
import DLV_CONNECT_TIMEOUT from './dlv-connect-timeout';
import EXTENSION_HOST_BUSY from './extension-host-busy';
import BREAKPOINTS_PATH_MISMATCH from './breakpoints-path-mismatch';

export const SHARED_FINDINGS = [DLV_DWARF5_OLD_GO, TARGET_NO_DEBUG_INFO, TARGET_OPTIMIZED, TARGET_TRIMPATH, DLV_CONNECT_TIMEOUT, EXTENSION_HOST_BUSY, BREAKPOINTS_PATH_MISMATCH] as const;
