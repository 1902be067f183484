/**
 * The workspace-trust gate (issue #9 item 9, issue #16 item 1): in an untrusted workspace no binary is run whose
 * path any workspace value decided. The decision travels with the path: a search hands out an `ExecPath`, the
 * path together with the values that decided it, and the one probe runner (./runner.ts) is the only way a probe
 * starts a command; it refuses an `ExecPath` a workspace value decided, whichever probe asks. A value is the
 * workspace's when it is a setting not set at user scope (or whose scope is not known), or anything from
 * launch.json or an envFile. The process environment, `go env` of a Go that was allowed to run and fixed
 * locations are the machine's.
 */
import { scopeOf, type SettingsByScope } from './settings';

/** A value that decided (part of) a binary's path. */
export type Source =
  | { setting: string; sub?: string }
  | { launch: string }
  | 'machine';

declare const EXEC_PATH: unique symbol;

/**
 * A binary the probes may ask the runner to start: its path and the values that decided it. Made only by
 * `execPath` (from a search's candidate), so a path cannot reach the runner without its provenance.
 */
export interface ExecPath {
  readonly path: string;
  readonly by: readonly Source[];
  readonly [EXEC_PATH]: true;
}

/** The ExecPath of a path decided by `by` (the machine's when empty). */
export function execPath(path: string, by: readonly Source[] | undefined): ExecPath {
  return { path, by: by?.length ? [...by] : ['machine'] } as unknown as ExecPath;
}

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
