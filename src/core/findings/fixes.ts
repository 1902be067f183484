/**
 * The three kinds of fix a finding offers (a manual step, a command, an edit of settings.json or launch.json), and
 * the pieces of a command line. Finding modules and the rules not yet converted (rules/finding.ts re-exports these)
 * build their fixes here.
 */
import type { EditFix, Fix, SettingsScope } from '../report/types';
import type { Machine } from '../probe/machine';
import { shellQuote } from '../text';

export function manual(title: string, detail?: string): Fix {
  return detail ? { title, kind: 'manual', detail } : { title, kind: 'manual' };
}

export function command(title: string, cmd: string): Fix {
  return { title, kind: 'command', command: cmd };
}

export function settingsEdit(title: string, path: (string | number)[], change: { value: unknown } | { remove: true }, scope?: SettingsScope): EditFix {
  const edit: EditFix['edit'] = { file: 'settings.json', path, ...change };
  if (scope) edit.scope = scope;
  return { title, kind: 'edit', edit };
}

export function launchEdit(title: string, m: Machine, path: (string | number)[], change: { value: unknown } | { remove: true }): EditFix {
  return { title, kind: 'edit', edit: { file: 'launch.json', path: ['configurations', m.launch.index, ...path], ...change } };
}

/** The project's one shell quoting (src/core/text), under the short name the rules use. */
export const q = shellQuote;

/** The go binary to use in a command line: the resolved one, else `go`. */
export function goCmd(m: Machine): string {
  return m.go.path ? q(m.go.path) : 'go';
}
