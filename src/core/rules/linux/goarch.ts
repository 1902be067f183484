/**
 * GOARCH set for another CPU than the kernel's on Linux (issue 20 item 7), read as on macOS (rules/darwin/overrides.ts,
 * rules/darwin/process.ts) plus the dev container's own places: `containerEnv` / `remoteEnv` in devcontainer.json (the
 * containers.dev reference: VS Code's server, and dlv with it, inherits both) and `go env -w GOARCH=…` (the go.env
 * file, shown by `go env GOARCH`). dlv then builds a program the kernel cannot run natively: Delve's launch fails
 * with "exec format error", or the program runs emulated where ptrace does not work (research/field-2026.md §1).
 */
import { runsNatively } from '../../arch/names';
import { t } from '../../i18n';
import { LINUX_GOARCH as G } from '../../i18n/messages/linux-goarch';
import type { LinuxMachine } from '../../probe/machine';
import { scopeOf } from '../../probe/settings';
import type { Finding, Fix } from '../../report/types';
import { command, goCmd, launchEdit, manual, ruleFinding, settingsEdit, type LinuxRule } from '../finding';
import { dcEdit, rebuildStep } from './fixes';

interface Source { where: string; fixes: Fix[] }

/** Where the GOARCH dlv builds with comes from, most specific first, with the fix that removes it there. */
function sourceOf(m: LinuxMachine, goarch: string): Source | undefined {
  const ev = m.dlvEnv.GOARCH;
  const dc = m.linux?.devcontainer;
  if (ev?.origin === 'launch.env') return { where: t(G.inLaunch), fixes: [launchEdit(t(G.removeLaunch), m, ['env', 'GOARCH'], { remove: true })] };
  if (ev?.origin === 'envFile') return { where: t(G.inEnvFile, { file: m.launch.envFile?.path ?? '' }), fixes: [manual(t(G.removeEnvFile), m.launch.envFile?.path)] };
  if (ev?.origin === 'toolsEnvVars') return { where: 'go.toolsEnvVars', fixes: [settingsEdit(t(G.removeTools), ['go.toolsEnvVars', 'GOARCH'], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', 'GOARCH'))] };
  if (dc?.goarch && dc.goarch.value === goarch && !dc.error) {
    const key = dc.goarch.key;
    return { where: `${dc.path}, ${key}`, fixes: [dcEdit(t(G.removeDc, { key }), dc, [key, 'GOARCH'], undefined, { remove: true }), rebuildStep()] };
  }
  if (ev?.origin === 'env') return { where: t(G.inEnv), fixes: [manual(t(G.removeExport), t(G.removeExportDetail, { goarch }))] };
  const goElf = m.linux?.binaries.find((b) => b.role === 'go')?.goarch;
  // A go for another CPU defaults to its own GOARCH: that is emulation (rules/linux/emulation.ts), not a setting.
  if (m.go.env?.GOARCH === goarch && goElf && goElf !== goarch) return { where: t(G.inGoEnv), fixes: [command(t(G.unsetGoEnv), `${goCmd(m)} env -u GOARCH`)] };
  return undefined;
}

export const linuxGoarch: LinuxRule = (m: LinuxMachine): Finding[] => {
  const kernel = m.linux?.kernelGoarch;
  const goarch = m.dlvEnv.GOARCH?.value ?? m.go.env?.GOARCH;
  if (!kernel || !goarch || runsNatively(kernel, goarch)) return [];
  const src = sourceOf(m, goarch);
  if (!src) return [];
  const evidence = [`${src.where}: GOARCH=${goarch}`, `kernel GOARCH = ${kernel} (${m.linux?.kernelSource ?? '?'})`];
  if (m.go.env?.GOARCH) evidence.push(`go env GOARCH = ${m.go.env.GOARCH}`);
  return [ruleFinding('linux-goarch-override', { detail: t(G.detail, { goarch, kernel, where: src.where }), evidence, fixes: src.fixes })];
};
