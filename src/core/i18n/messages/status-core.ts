/** The status bar words off macOS (src/core/present/statusText.ts, notMacWords). */
import { messages } from '../index';

export const STATUS_CORE = messages({
  goDebug: { en: 'Go debug', zh: 'Go 调试' },
});
