/** The fix title the macOS × Delve findings share (src/core/findings/darwin: dlv-too-old-for-macos, dlv-dwarf5-macos-panic). */
import { messages } from '../index';

export const RULES_MACOS = messages({
  updateDlv: { en: 'Update Delve', zh: '更新 Delve' },
});
