/**
 * A platform's rules (rules/darwin, rules/linux; platforms.ts picks them) run over its Machine model, then ordered
 * root cause first. Rules are pure: Machine -> Finding[].
 */
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import type { Rule } from './finding';
import { rank } from './rank';
import { reachable } from './reach';

export function runRules<M extends Machine>(m: M, rules: readonly Rule<M>[]): Finding[] {
  return rank(reachable(m, rules.flatMap((r) => r(m))));
}
