/**
 * macOS's own DAP/explain text rules not yet finding modules. The texts of a macOS, Xcode or Go version that the
 * Delve in use does not handle (dyld's LC_UUID refusal, E97, DW_FORM_strx, Xcode 16's rodata) and of debugserver
 * are now the modules' (src/core/findings/darwin: dlv-missing-lc-uuid, target-missing-lc-uuid,
 * dlv-too-old-for-macos, go-too-old-for-xcode, debugserver-*, task-for-pid-denied); this list stays the place of
 * macOS's text rules beside dap/linux/rules.ts until the remaining ones (dap/rules-delve.ts) become modules.
 */
import type { TextRule } from '../rule';

export const MACOS_RULES: readonly TextRule[] = [];
