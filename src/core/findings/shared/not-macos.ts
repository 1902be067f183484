/**
 * not-macos: the machine runs neither macOS nor a Linux this product diagnoses (platforms.ts knows no record for
 * it): nothing of the macOS chain (debugserver, Rosetta, the Command Line Tools) applies, so the report says only
 * that, with no fix. diagnose.ts makes it; no check and no text rule.
 */
import { messages } from '../../i18n';
import { defineFinding } from '../define';

const M = messages({
  notMac: {
    en: 'This machine runs {platform}, not macOS: the macOS debug chain (debugserver and what starts it) does not exist here and was not checked.',
    zh: '这台机器运行的是 {platform}，不是 macOS：这里没有 macOS 调试链（debugserver 及启动它的程序），因此没有检查。',
  },
});

export default defineFinding({
  code: 'not-macos',
  component: 'host',
  severity: 'info',
  title: { en: 'This machine is not a Mac', zh: '这台机器不是 Mac' },
  texts: M,
});
