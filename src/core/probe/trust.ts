/**
 * The workspace-trust gate (issue #9 item 9): in an untrusted workspace no binary is run whose path any
 * workspace value decided. A path's provenance is the list of values that decided it; a value is the workspace's
 * when it is a setting not set at user scope (or whose scope is not known), or anything from launch.json or an
 * envFile. The process environment, `go env` of a Go that was allowed to run and fixed locations are the machine's.
 * What is not run is recorded as one line each in `ctx.skipped` (the report's `skipped`), and the headers of the
 * binary are still read.
 */
import { t } from '../i18n';
import { TRUST } from '../i18n/messages/trust';
import type { ProbeContext } from './context';
import { scopeOf, type SettingsByScope } from './settings';

/** A value that decided (part of) a binary's path. */
export type Source =
  | { setting: string; sub?: string }
  | { launch: string }
  | 'machine';

export function sourceLabel(s: Source): string {
  if (s === 'machine') return 'the environment';
  if ('launch' in s) return s.launch;
  return s.sub ? `${s.setting}.${s.sub}` : s.setting;
}

/** The first workspace-controlled value among `sources`, or undefined. */
export function workspaceSource(byScope: SettingsByScope | undefined, sources: readonly Source[]): Source | undefined {
  return sources.find((s) => {
    if (s === 'machine') return false;
    if ('launch' in s) return true;
    return !byScope || scopeOf(byScope, s.setting, s.sub) !== 'user';
  });
}

/** Whether `argv` may run given who decided its binary's path; if not, says so in ctx.skipped and ctx.notes. */
export function mayRun(ctx: ProbeContext, byScope: SettingsByScope | undefined, argv: readonly string[], sources: readonly Source[]): boolean {
  if (ctx.trusted) return true;
  const by = workspaceSource(byScope, sources);
  if (!by) return true;
  const command = argv.join(' ');
  ctx.skipped.push(t(TRUST.skipped, { command, source: sourceLabel(by) }));
  ctx.notes.push(t(TRUST.note, { command, source: sourceLabel(by) }));
  return false;
}

/** The sources of the candidate a search found (matched by path and reason). */
export function foundSources(candidates: readonly { path: string; why: string; by?: Source[] }[], found: { path?: string; why?: string }): Source[] {
  return candidates.find((c) => c.path === found.path && c.why === found.why)?.by ?? ['machine'];
}
