/**
 * internal-error: the diagnosis itself threw (src/core/diagnose.ts catches it): a defect of the doctor, reported as
 * the one finding so that the panel, the CLI and the status bar say so instead of failing silently.
 */
import { messages } from '../../i18n';
import { defineFinding } from '../define';

export default defineFinding({
  code: 'internal-error',
  component: 'host',
  severity: 'error',
  title: { en: 'The diagnosis failed', zh: '诊断本身失败了' },
  texts: messages({
    internalError: {
      en: 'Internal error: {message}. This is a defect of the doctor, not of your setup; the report says nothing about the debug chain.',
      zh: '内部错误：{message}。这是诊断工具本身的缺陷，与你的配置无关；本报告没有检查调试链。',
    },
  }),
});
