/**
 * The three kinds of fix a finding offers (a manual step, a command, an edit of settings.json or launch.json), and
 * the pieces of a command line. Finding modules and the rules not yet converted (rules/finding.ts re-exports these)
 * build their fixes here.
 */
import { t } from '../i18n';
import { DAP_FIXES } from '../i18n/messages/dap-fixes';
import { PRE } from '../i18n/messages/rules-preflight';
import { familyOf, goarchOf } from '../arch/names';
import { installDlvCommand } from '../delve/install';
import type { CommandFix, EditFix, Fix, ManualFix, SettingsScope } from '../report/types';
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

/** The command that lists a file's architectures (its evidence line). */
export function lipo(p: string): string {
  return `lipo -archs ${q(p)}`;
}

/** This Mac's CPU in words (Apple silicon (arm64), Intel (x86_64)). */
export function hwName(arch: string | undefined): string {
  return t(arch === 'arm64' ? PRE.hwArm : arch === 'x86_64' ? PRE.hwIntel : PRE.hwUnknown);
}

/** The go binary to use in a command line: the resolved one, else `go`. */
export function goCmd(m: Machine): string {
  return m.go.path ? q(m.go.path) : 'go';
}

/** Reinstalls dlv with the resolved Go, or (when that Go is for the other CPU) with the native Go installed first. */
export function reinstallDlv(m: Machine): Fix {
  const hw = m.host.hardware;
  const goNative = !hw || !m.go.binary || m.go.binary.archs.some((a) => familyOf(a) === hw);
  if (!goNative) return command(t(PRE.afterInstall, { goarch: goarchOf(hw) ?? 'amd64' }), installDlvCommand());
  return command(t(PRE.reinstallDlv), installDlvCommand(goCmd(m)));
}

/** The classifier's wording (dap/fixes.ts re-exports these): update Delve, update Go. */
export const updateDlv = (): CommandFix => ({ kind: 'command', title: t(DAP_FIXES.updateDlvTitle), command: installDlvCommand() });

export const updateGo = (): ManualFix => ({ kind: 'manual', title: t(DAP_FIXES.updateGoTitle) });
