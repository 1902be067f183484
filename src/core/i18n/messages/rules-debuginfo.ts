/** Texts the "program Delve cannot debug" findings share (src/core/findings/programBuild.ts; each finding's own are in its module). */
import { messages } from '../index';

export const RULES_DEBUGINFO = messages({
  rebuild: { en: 'Rebuild it for debugging (with DWARF, without optimizations)', zh: '为调试重新构建（带 DWARF，关闭优化）' },
  removeFlags: { en: 'Remove {flags} from buildFlags', zh: '从 buildFlags 中去掉 {flags}' },
});
