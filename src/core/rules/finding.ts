/** Building blocks of rules: a finding from the code catalogue, and the three kinds of fix. */
import { t } from '../i18n';
import { PRE } from '../i18n/messages/rules-preflight';
import { codeInfo, type FindingCode } from '../report/codes';
import type { ComponentId, EditFix, Finding, Fix, Severity, SettingsScope } from '../report/types';
import type { DarwinMachine, LinuxMachine, Machine } from '../probe/machine';
import { familyOf, goarchOf } from '../arch/names';
import { shellQuote } from '../text';
import { installDlvCommand } from '../delve/install';

/** A rule: Machine -> Finding[]. A platform's rules (rules/darwin, rules/linux) take that platform's machine. */
export type Rule<M extends Machine> = (m: M) => Finding[];
/** A shared rule: any platform's machine. */
export type MachineRule = Rule<Machine>;
export type DarwinRule = Rule<DarwinMachine>;
export type LinuxRule = Rule<LinuxMachine>;

export interface FindingParts {
  detail: string;
  evidence: string[];
  fixes?: Fix[];
  component?: ComponentId;
  severity?: Severity;
  title?: string;
}

/** A finding of a machine rule: the catalogue's component, severity and title unless the parts say otherwise. */
export function ruleFinding(code: FindingCode, parts: FindingParts): Finding {
  const info = codeInfo(code);
  return {
    code,
    severity: parts.severity ?? info.severity,
    component: parts.component ?? info.component,
    title: parts.title ?? info.title,
    detail: parts.detail,
    evidence: parts.evidence,
    fixes: parts.fixes ?? [],
  };
}

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

export function lipo(p: string): string {
  return `lipo -archs ${q(p)}`;
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

export function hwName(arch: string | undefined): string {
  return t(arch === 'arm64' ? PRE.hwArm : arch === 'x86_64' ? PRE.hwIntel : PRE.hwUnknown);
}
