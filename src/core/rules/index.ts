/**
 * A platform's rules (rules/darwin, rules/linux; platforms.ts picks them) run over its Machine model, then ordered
 * root cause first. Rules are pure: Machine -> Finding[].
 * The rules written as finding modules come from the registry (src/core/findings/registry.ts) in each platform's list.
 */
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import { rank } from './rank';
import { reachable } from './reach';

export function runRules<M extends Machine>(m: M, rules: readonly ((m: M) => Finding[])[]): Finding[] {
  return rank(reachable(m, rules.flatMap((r) => r(m))));
}
