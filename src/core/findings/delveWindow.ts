/**
 * Delve's supported-Go window before launch (pkg/goversion/compat.go `Compatible`, per release in
 * probe/delveCompat.ts), shared by dlv-too-old and go-too-old: Delve stops with "Version of Delve is too old for Go
 * version X" or "Go version X is too old for this version of Delve". With `--check-go-version=false` in dlvFlags
 * Delve prints "WARNING: undefined behavior - …" instead and goes on: the finding is a warning then.
 */
import { t } from '../i18n';
import { PRE } from '../i18n/messages/rules-preflight';
import type { Machine } from '../probe/machine';
import { delveSupportsGo } from '../probe/delveCompat';
import type { Finding, Fix } from '../report/types';
import type { Make } from './define';
import { dlvFlagOff } from './dlvFlags';
import { goCmd, q } from './fixes';
import { EVIDENCE as EV } from '../i18n/messages/evidence';

/** The finding of `problem` when the Delve found does not support the Go that builds the program, else none. */
export function windowFinding(m: Machine, make: Make, problem: 'dlv-too-old' | 'go-too-old', detail: (p: { dlv: string; max: number; min: number; go: string }) => string, fixes: () => Fix[]): Finding[] {
  const goVersion = m.target.goVersion ?? m.go.version;
  const c = delveSupportsGo(m.dlv.version, goVersion);
  if (!c || c.ok || c.problem !== problem) return [];
  const w = c.window;
  const off = dlvFlagOff(m, 'check-go-version');
  const evidence = [t(EV.delveWindow, { dlv: String(m.dlv.version), source: m.dlv.versionSource ?? 'version', min: w.minGo, max: w.maxGo }), t(EV.goVersion, { go: String(goVersion) })];
  if (m.dlv.path) evidence.push(`\`${goCmd(m)} version -m ${q(m.dlv.path)}\``);
  if (off) evidence.push('dlvFlags: --check-go-version=false');
  const text = detail({ dlv: String(m.dlv.version), max: w.maxGo, min: w.minGo, go: String(goVersion) }) + (off ? ` ${t(PRE.checkGoVersionOff)}` : '');
  return [make({ detail: text, evidence, fixes: fixes(), ...(off ? { severity: 'warning' as const } : {}) })];
}
