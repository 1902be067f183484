/** A search order: the first candidate that exists and is executable wins; every step is recorded. */
import type { Located, SearchStep } from './machine';
import { readBinary, type ProbeContext } from './context';

export interface Candidate {
  path: string;
  why: string;
}

export function searchFirst(ctx: ProbeContext, candidates: Candidate[]): Located {
  const searched: SearchStep[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.path)) continue;
    seen.add(c.path);
    const st = ctx.host.stat(c.path);
    if (!st.ok || st.value.kind !== 'file') {
      searched.push({ ...c, result: 'absent' });
      continue;
    }
    if (!ctx.host.isExecutable(c.path)) {
      searched.push({ ...c, result: 'not-executable' });
      continue;
    }
    searched.push({ ...c, result: 'found' });
    const located: Located = { path: c.path, why: c.why, searched };
    const binary = readBinary(ctx, c.path);
    if (binary) located.binary = binary;
    return located;
  }
  return { searched };
}

export function onPath(dirs: string[], name: string, label = 'PATH'): Candidate[] {
  return dirs.map((d) => ({ path: `${d.replace(/\/$/, '')}/${name}`, why: `${label} (${d})` }));
}
