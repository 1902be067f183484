/** The CPU notes of the text findings (src/core/findings/hardware.ts, findings/debugserver.ts): an unknown CPU, a fix only for Apple Silicon. */
import { messages } from '../index';

export const DAP_STUB = messages({
  unknownCpu: { en: 'This text does not say which CPU the Mac has, and the right fix depends on it: run the first command below, or run explain again with --arch arm64|x86_64.', zh: '这段文字没有说明这台 Mac 的 CPU，而正确的修复取决于它：请运行下面的第一条命令，或加上 --arch arm64|x86_64 再运行一次 explain。' },
  onAppleSilicon: { en: 'On Apple Silicon: {title}', zh: '在 Apple Silicon 上：{title}' },
});
