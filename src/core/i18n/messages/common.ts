/** Messages shared by every surface (words used in several reports). */
import { messages } from '../index';

export const COMMON = messages({
  verdictOk: { en: 'ok', zh: '正常' },
  verdictWarning: { en: 'warning', zh: '警告' },
  verdictError: { en: 'error', zh: '错误' },
  // headings of the panel and of the terminal and Markdown reports
  host: { en: 'Host', zh: '主机' },
  components: { en: 'Components', zh: '组件' },
  findings: { en: 'Findings', zh: '发现的问题' },
  evidence: { en: 'Evidence', zh: '证据' },
  fixes: { en: 'Fixes', zh: '修复方法' },
  /** A heading followed by its lines (the text report): the colon each language writes. */
  heading: { en: '{label}:', zh: '{label}：' },
  /** A label and its value on one line (the text and Markdown reports). */
  labelled: { en: '{label}: {value}', zh: '{label}：{value}' },
});
