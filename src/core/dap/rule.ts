import type { Finding } from '../report/types';
import { t } from '../i18n';
import { DAP_STUB } from '../i18n/messages/dap-stub';
import type { Resolved } from './context';

/** One recognisable message: a pattern (matched case-insensitively, whitespace-tolerant) and what it means. */
export interface TextRule {
  re: RegExp;
  /** `line` is the whole line holding the match (evidence); `r` the context and facts of the whole text. */
  build(m: RegExpExecArray, line: string, r: Resolved): Finding | undefined;
}

/** Hardware as a sentence, for evidence. */
export { hwEvidence } from '../findings/textFixes';

/** Said when the text does not tell the Mac's CPU and the fix depends on it. */
export const unknownCpu = (): string => t(DAP_STUB.unknownCpu);
