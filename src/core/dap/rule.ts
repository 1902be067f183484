import type { Finding } from '../report/types';
import type { Resolved } from './context';

/** One recognisable message: a pattern (matched case-insensitively, whitespace-tolerant) and what it means. */
export interface TextRule {
  re: RegExp;
  /** `line` is the whole line holding the match (evidence); `r` the context and facts of the whole text. */
  build(m: RegExpExecArray, line: string, r: Resolved): Finding | undefined;
}

/** Hardware as a sentence, for evidence. */
export function hwEvidence(r: Resolved): string[] {
  if (r.hwSource === 'given') return [`hardware: ${r.hw}`];
  if (r.hwSource === 'inferred') return ['hardware: arm64 (Delve reported Rosetta, which exists only on Apple Silicon)'];
  return [];
}

export const UNKNOWN_CPU =
  'This text does not say which CPU the Mac has, and the right fix depends on it: run the first command below, or run explain again with --arch arm64|x86_64.';
