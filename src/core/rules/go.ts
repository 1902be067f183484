/** The Go toolchain vscode-go uses, and whether the Delve found supports its version. */
import { t } from '../i18n';
import { PRE } from '../i18n/messages/rules-preflight';
import type { Fix } from '../report/types';
import type { Machine } from '../probe/machine';
import { archList, machOToGoarch, sliceFor } from '../probe/arch';
import { delveSupportsGo } from '../probe/delveCompat';
import { builds } from '../probe/target';
import { scopeOf } from '../probe/settings';
import { dlvFlagOff } from '../findings/dlvFlags';
import { command, goCmd, ruleFinding, hwName, lipo, manual, q, reinstallDlv, settingsEdit, type MachineRule } from './finding';

function searchedLines(m: Machine['go']): string[] {
  return m.searched.slice(0, 8).map((s) => `${s.why}: ${s.path} — ${s.result}`);
}

export const goNotFound: MachineRule = (m) => {
  if (m.go.path) return [];
  const exec = m.target.mode !== undefined && !builds(m.target.mode);
  return [ruleFinding('go-not-found', {
    severity: exec ? 'warning' : 'error',
    detail: t(exec ? PRE.goNotFoundExec : PRE.goNotFound),
    evidence: searchedLines(m.go),
    fixes: [manual(t(PRE.installGo), t(PRE.installGoDetail, { goarch: machOToGoarch(m.host.hardware) ?? 'arm64' }))],
  })];
};

export const goArch: MachineRule = (m) => {
  const hw = m.host.hardware;
  // A shim (script) is judged by the Go it runs: $(go env GOROOT)/bin/go.
  const bin = m.toolchain.real?.binary ?? m.go.binary;
  if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
  const goarch = machOToGoarch(hw) ?? 'arm64';
  const fixes: Fix[] = [manual(t(PRE.installGoArch, { goarch }), t(PRE.installGoArchDetail, { goarch, brew: hw === 'arm64' ? '/opt/homebrew' : '/usr/local' }))];
  if (m.go.settingKey) {
    const sub = m.go.settingKey === 'go.alternateTools' ? ['go.alternateTools', 'go'] : ['go.goroot'];
    fixes.push(settingsEdit(t(PRE.stopPointing, { key: sub.join('.') }), sub, { remove: true }, scopeOf(m.settingsByScope, sub[0] as string, sub[1])));
  }
  fixes.push(command(t(PRE.thenReinstallDlv), `env -u GOOS -u GOARCH go install github.com/go-delve/delve/cmd/dlv@latest`));
  return [ruleFinding('go-arch-mismatch', {
    detail: t(PRE.goArch, { path: m.go.path ?? '', why: m.go.why ?? '', archs: archList(bin.archs), hw: hwName(hw), goarch: String(machOToGoarch(bin.archs[0])) }),
    evidence: [`${bin.path}: ${archList(bin.archs)} (\`${lipo(bin.path)}\`)`, ...(bin.path !== m.go.path ? [`${m.go.path} is a script that runs ${bin.path} (\`go env GOROOT\`)`] : []), ...(m.go.env?.GOARCH ? [`go env GOARCH = ${m.go.env.GOARCH}`] : []), `hardware: ${hw} (\`sysctl -in hw.optional.arm64\`)`],
    fixes,
  })];
};

/** The Go version the debugged program is built with. */
function targetGoVersion(m: Machine): string | undefined {
  return m.target.goVersion ?? m.go.version;
}

/**
 * Delve's supported-Go window (pkg/goversion/compat.go `Compatible`, per release in probe/delveCompat.ts). With
 * `--check-go-version=false` in dlvFlags Delve prints "WARNING: undefined behavior - …" instead and goes on.
 */
export const goDelveVersions: MachineRule = (m) => {
  const goVersion = targetGoVersion(m);
  const c = delveSupportsGo(m.dlv.version, goVersion);
  if (!c || c.ok) return [];
  const w = c.window;
  const off = dlvFlagOff(m, 'check-go-version');
  const evidence = [`Delve ${m.dlv.version} (${m.dlv.versionSource ?? 'version'}) supports Go 1.${w.minGo} to 1.${w.maxGo} (delve pkg/goversion/compat.go)`, `Go version: ${goVersion}`];
  if (m.dlv.path) evidence.push(`\`${goCmd(m)} version -m ${q(m.dlv.path)}\``);
  if (off) evidence.push('dlvFlags: --check-go-version=false');
  const tooOld = c.problem === 'dlv-too-old';
  const params = { dlv: String(m.dlv.version), max: w.maxGo, min: w.minGo, go: String(goVersion) };
  const detail = t(tooOld ? PRE.dlvTooOld : PRE.goTooOld, params) + (off ? ` ${t(PRE.checkGoVersionOff)}` : '');
  const fixes = tooOld ? [reinstallDlv(m)] : [manual(t(PRE.upgradeGo), t(PRE.upgradeGoDetail))];
  return [ruleFinding(tooOld ? 'dlv-too-old' : 'go-too-old', { detail, evidence, fixes, ...(off ? { severity: 'warning' as const } : {}) })];
};
