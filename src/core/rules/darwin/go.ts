/** The Go toolchain vscode-go uses (whether the Delve found supports its version: findings/shared/dlv-too-old.ts, go-too-old.ts). */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Fix } from '../../report/types';
import type { DarwinMachine } from '../../probe/machine';
import { archList, goarchOf } from '../../arch/names';
import { sliceFor } from '../../arch/slices';
import { builds } from '../../probe/target';
import { scopeOf } from '../../probe/settings';
import { type DarwinRule, command, hwName, lipo, manual, ruleFinding, settingsEdit } from '../finding';
import { installDlvCommand } from '../../delve/install';

function searchedLines(m: DarwinMachine['go']): string[] {
  return m.searched.slice(0, 8).map((s) => `${s.why}: ${s.path} — ${s.result}`);
}

export const goNotFound: DarwinRule = (m) => {
  if (m.go.path) return [];
  const exec = m.target.mode !== undefined && !builds(m.target.mode);
  return [ruleFinding('go-not-found', {
    severity: exec ? 'warning' : 'error',
    detail: t(exec ? PRE.goNotFoundExec : PRE.goNotFound),
    evidence: searchedLines(m.go),
    fixes: [manual(t(PRE.installGo), t(PRE.installGoDetail, { goarch: goarchOf(m.host.hardware) ?? 'arm64' }))],
  })];
};

export const goArch: DarwinRule = (m) => {
  const hw = m.host.hardware;
  // A shim (script) is judged by the Go it runs: $(go env GOROOT)/bin/go.
  const bin = m.toolchain.real?.binary ?? m.go.binary;
  if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
  const goarch = goarchOf(hw) ?? 'arm64';
  const fixes: Fix[] = [manual(t(PRE.installGoArch, { goarch }), t(PRE.installGoArchDetail, { goarch, brew: hw === 'arm64' ? '/opt/homebrew' : '/usr/local' }))];
  if (m.go.settingKey) {
    const sub = m.go.settingKey === 'go.alternateTools' ? ['go.alternateTools', 'go'] : ['go.goroot'];
    fixes.push(settingsEdit(t(PRE.stopPointing, { key: sub.join('.') }), sub, { remove: true }, scopeOf(m.settingsByScope, sub[0] as string, sub[1])));
  }
  fixes.push(command(t(PRE.thenReinstallDlv), installDlvCommand()));
  return [ruleFinding('go-arch-mismatch', {
    detail: t(PRE.goArch, { path: m.go.path ?? '', why: m.go.why ?? '', archs: archList(bin.archs), hw: hwName(hw), goarch: String(goarchOf(bin.archs[0])) }),
    evidence: [`${bin.path}: ${archList(bin.archs)} (\`${lipo(bin.path)}\`)`, ...(bin.path !== m.go.path ? [`${m.go.path} is a script that runs ${bin.path} (\`go env GOROOT\`)`] : []), ...(m.go.env?.GOARCH ? [`go env GOARCH = ${m.go.env.GOARCH}`] : []), `hardware: ${hw} (\`sysctl -in hw.optional.arm64\`)`],
    fixes,
  })];
};
