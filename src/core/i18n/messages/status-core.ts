/** The status bar words off macOS (src/core/present/statusText.ts, notMacWords). */
import { messages } from '../index';

export const STATUS_CORE = messages({
  goDebug: { en: 'Go debug', zh: 'Go 调试' },
  goDebugOne: { en: 'Go debug: {title}', zh: 'Go 调试：{title}' },
  goDebugMany: { en: 'Go debug: {title} (+{n})', zh: 'Go 调试：{title}（另有 {n} 项）' },
});
