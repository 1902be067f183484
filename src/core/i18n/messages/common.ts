/** Messages shared by every surface (words used in several reports). */
import { messages } from '../index';

export const COMMON = messages({
  verdictOk: { en: 'ok', zh: '正常' },
  verdictWarning: { en: 'warning', zh: '警告' },
  verdictError: { en: 'error', zh: '错误' },
});
