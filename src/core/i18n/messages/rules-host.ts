/** Texts of the whole diagnosis (src/core/diagnose.ts): the machine is not a Mac, the diagnosis itself failed. */
import { messages } from '../index';

export const RULES_HOST = messages({
  internalError: {
    en: 'Internal error: {message}. This is a defect of the doctor, not of your setup; the report says nothing about the debug chain.',
    zh: '内部错误：{message}。这是诊断工具本身的缺陷，与你的配置无关；本报告没有检查调试链。',
  },
  notMac: {
    en: 'This machine runs {platform}, not macOS: the macOS debug chain (debugserver and what starts it) does not exist here and was not checked.',
    zh: '这台机器运行的是 {platform}，不是 macOS：这里没有 macOS 调试链（debugserver 及启动它的程序），因此没有检查。',
  },
});
