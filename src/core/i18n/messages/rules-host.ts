/** Texts of the whole diagnosis (src/core/diagnose.ts): the machine is not a Mac (the diagnosis failing is findings/shared/internal-error.ts). */
import { messages } from '../index';

export const RULES_HOST = messages({
  notMac: {
    en: 'This machine runs {platform}, not macOS: the macOS debug chain (debugserver and what starts it) does not exist here and was not checked.',
    zh: '这台机器运行的是 {platform}，不是 macOS：这里没有 macOS 调试链（debugserver 及启动它的程序），因此没有检查。',
  },
});
