import type { Finding } from '../report/types';
import type { Resolved } from './context';

/** One recognisable message: a pattern (matched case-insensitively, whitespace-tolerant) and what it means. */
export interface TextRule {
  re: RegExp;
  /** `line` is the whole line holding the match (evidence); `r` the context and facts of the whole text. */
  build(m: RegExpExecArray, line: string, r: Resolved): Finding | undefined;
}
