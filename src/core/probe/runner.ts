/**
 * The probes' one runner: every command a probe starts goes through `run` here, and nowhere else (a probe's
 * host has no `run`, see ProbeContext). A system command is named (io/run.ts runs it by its absolute path); any
 * other program is an `ExecPath` carrying the values that decided it, and in an untrusted workspace one a
 * workspace value decided is refused here (./trust.ts), before the cache and before the host, so that a probe
 * cannot forget the gate. Each refusal is one line of the report's `skipped` (its only source) and one note;
 * a refused command gives back `error: 'EUNTRUSTED'`.
 */
import type { SystemCommand } from '../io/run';
import type { CommandResult, Host } from '../host/types';
import { t } from '../i18n';
import { TRUST } from '../i18n/messages/trust';
import type { DiagnosisCache } from './cache';
import type { SettingsByScope } from './settings';
import { sourceLabel, workspaceSource, type ExecPath } from './trust';

/** The error of a command the gate refused (never recorded in a snapshot: it never reaches the host). */
export const UNTRUSTED = 'EUNTRUSTED';

export type Program = SystemCommand | ExecPath;

export interface ProbeRunner {
  run(program: Program, args: readonly string[]): Promise<CommandResult>;
}

export interface RunnerOptions {
  host: Host;
  cache: DiagnosisCache;
  trusted: boolean;
  settingsByScope?: SettingsByScope;
  timeoutMs: number;
  /** Where refusals are said: the report's `skipped` and the machine's notes. */
  skipped: string[];
  notes: string[];
}

export function gatedRunner(o: RunnerOptions): ProbeRunner {
  const refused = new Set<string>();
  return {
    run(program, args) {
      const argv = [typeof program === 'string' ? program : program.path, ...args];
      const by = typeof program === 'string' || o.trusted ? undefined : workspaceSource(o.settingsByScope, program.by);
      if (by) {
        const command = argv.join(' ');
        if (!refused.has(command)) {
          refused.add(command);
          o.skipped.push(t(TRUST.skipped, { command, source: sourceLabel(by) }));
          o.notes.push(t(TRUST.note, { command, source: sourceLabel(by) }));
        }
        return Promise.resolve({ argv, error: UNTRUSTED });
      }
      return o.cache.command(o.host, argv, () => o.host.run(argv, { timeoutMs: o.timeoutMs }));
    },
  };
}
