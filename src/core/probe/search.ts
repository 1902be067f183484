/**
 * A search order: the first candidate that exists and is executable wins; every step is recorded. The winner
 * comes with its ExecPath (the path and the values that decided it), the only handle the runner starts.
 */
import type { Located, SearchStep } from './machine';
import { readBinary, type ProbeContext } from './context';
import { execPath, type Source } from './trust';
import { t, type Message } from '../i18n';
import { PROBE as P } from '../i18n/messages/probe';

export interface Candidate {
  path: string;
  why: string;
  /** The values that decided this path (for the workspace-trust gate); the machine's when absent. */
  by?: Source[];
}

export function searchFirst(ctx: ProbeContext, candidates: Candidate[]): Located {
  const searched: SearchStep[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.path)) continue;
    seen.add(c.path);
    const st = ctx.host.stat(c.path);
    if (!st.ok || st.value.kind !== 'file') {
      searched.push({ path: c.path, why: c.why, result: 'absent' });
      continue;
    }
    if (!ctx.host.isExecutable(c.path)) {
      searched.push({ path: c.path, why: c.why, result: 'not-executable' });
      continue;
    }
    searched.push({ path: c.path, why: c.why, result: 'found' });
    const located: Located = { path: c.path, why: c.why, exec: execPath(c.path, c.by), searched };
    const binary = readBinary(ctx, c.path);
    if (binary) located.binary = binary;
    return located;
  }
  return { searched };
}

export function onPath(dirs: string[], name: string, label = 'PATH'): Candidate[] {
  return dirs.map((d) => ({ path: `${d.replace(/\/$/, '')}/${name}`, why: `${label} (${d})` }));
}

const RESULTS: Record<SearchStep['result'], Message> = {
  found: P.resultFound,
  absent: P.resultAbsent,
  'not-executable': P.resultNotExecutable,
  skipped: P.resultSkipped,
  unknown: P.resultUnknown,
};

/** What a step found, in the words of the current language (the step keeps its code); English says the code. */
export function searchResultText(result: SearchStep['result']): string {
  return Object.prototype.hasOwnProperty.call(RESULTS, result) ? t(RESULTS[result]) : String(result);
}
