/**
 * One cause, one error: which finding of a report is the root cause of which others (rules/rank's EXPLAINS,
 * followed up to the root), and from that, which diagnostics Problems shows and what each carries as related
 * information. Pure, so that plain mocha tests it; src/vscode/diagnostics.ts and the panel use it.
 */
import { explainedBy } from '../rules/rank';
import type { Finding } from '../report/types';

/** The code of the finding at the root of `f`'s chain (transitively), or undefined when `f` is a root itself. */
export function rootCauseOf(f: Finding, all: readonly Finding[]): string | undefined {
  const seen = new Set<string>([f.code]);
  let cause = explainedBy(f, all);
  let root: string | undefined;
  while (cause !== undefined && !seen.has(cause)) {
    root = cause;
    seen.add(cause);
    const next = all.find((x) => x.code === cause);
    cause = next ? explainedBy(next, all) : undefined;
  }
  return root;
}

/** A diagnostic that could be published: its finding's code, its group (one report), its root cause's code. */
export interface PlacedKey {
  code: string;
  group: number;
  /** Root cause code in the same group (`rootCauseOf`), when the finding follows from another. */
  cause?: string;
}

export interface DiagnosticPlan {
  /** Indexes of the entries that become diagnostics, in input order. */
  shown: number[];
  /** For a shown root cause: the indexes of the entries that follow from it (its related information). */
  related: Map<number, number[]>;
}

/**
 * What Problems shows: a finding that follows from a root cause placed in the same group is not a diagnostic of
 * its own but related information of its cause's diagnostic (which links its place). A follower whose cause has
 * no place (nothing to anchor on) stays a diagnostic: nothing is hidden without a place that names it.
 */
export function planDiagnostics(entries: readonly PlacedKey[]): DiagnosticPlan {
  const causeAt = new Map<string, number>();
  entries.forEach((e, i) => {
    const k = `${e.group}|${e.code}`;
    if (e.cause === undefined && !causeAt.has(k)) causeAt.set(k, i);
  });
  const shown: number[] = [];
  const related = new Map<number, number[]>();
  entries.forEach((e, i) => {
    const at = e.cause === undefined ? undefined : causeAt.get(`${e.group}|${e.cause}`);
    if (at === undefined) shown.push(i);
    else related.set(at, [...(related.get(at) ?? []), i]);
  });
  return { shown, related };
}
