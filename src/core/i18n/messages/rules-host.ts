/** Texts of the whole diagnosis (src/core/diagnose.ts): the diagnosis itself failed (not-macos is a finding module). */
import { messages } from '../index';

export const RULES_HOST = messages({
  internalError: {
    en: 'Internal error: {message}. This is a defect of the doctor, not of your setup; the report says nothing about the debug chain.',
    zh: '内部错误：{message}。这是诊断工具本身的缺陷，与你的配置无关；本报告没有检查调试链。',
  },
});
