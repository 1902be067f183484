/** Texts of the whole diagnosis (src/core/diagnose.ts): the machine is not a Mac, the diagnosis itself failed. */
import { messages } from '../index';

export const RULES_HOST = messages({
  internalError: {
    en: 'Internal error: {message}. This is a defect of the doctor, not of your setup; the report says nothing about the debug chain.',
    zh: '内部错误：{message}。这是诊断工具本身的缺陷，与你的配置无关；本报告没有检查调试链。',
  },
  notMac: {
    en: 'This machine runs {platform}, not macOS: debugserver, Rosetta and the Command Line Tools do not exist here, and nothing of the macOS debug chain was checked.',
    zh: '这台机器运行的是 {platform}，不是 macOS：这里没有 debugserver、Rosetta 和命令行工具，也没有检查 macOS 调试链。',
  },
});
