/**
 * linux-goarch-override: GOARCH set for another CPU than the kernel's on Linux (issue 20 item 7), read as on macOS (findings/envOverride.ts,
 * findings/darwin/shell-goarch-exported.ts) plus the dev container's own places: `containerEnv` / `remoteEnv` in devcontainer.json (the
 * containers.dev reference: VS Code's server, and dlv with it, inherits both) and `go env -w GOARCH=…` (the go.env
 * file, shown by `go env GOARCH`). dlv then builds a program the kernel cannot run natively: Delve's launch fails
 * with "exec format error", or the program runs emulated where ptrace does not work (research/field-2026.md §1).
 */
import { messages, t } from '../../i18n';
import type { LinuxMachine } from '../../probe/machine';
import { scopeOf } from '../../probe/settings';
import type { Finding, Fix } from '../../report/types';
import { command, goCmd, launchEdit, manual, settingsEdit } from '../fixes';
import { dcEdit, rebuildStep } from '../containerFixes';
import { defineFinding, type Make } from '../define';
import { runsNatively } from '../../arch/names';

const G = messages({
  detail: {
    en: 'GOARCH={goarch} is set ({where}), but this Linux kernel is {kernel}: go builds, and dlv launches, {goarch|a} program the kernel cannot run natively. Delve then fails ("exec format error"), or the program runs emulated where ptrace does not work.',
    zh: '设置了 GOARCH={goarch}（{where}），但此 Linux 内核是 {kernel}：go 构建、dlv 启动的是内核无法原生运行的 {goarch} 程序。Delve 随即失败（"exec format error"），或者程序在仿真下运行，而那里 ptrace 无法工作。',
  },
  inLaunch: { en: 'the launch configuration\'s env', zh: '启动配置的 env' },
  inEnvFile: { en: 'the envFile {file}', zh: 'envFile {file}' },
  inEnv: { en: 'in the environment VS Code\'s server inherited', zh: '在 VS Code 服务器继承的环境中' },
  inGoEnv: { en: 'by `go env -w` (go env GOARCH)', zh: '通过 `go env -w`（go env GOARCH）' },
  removeLaunch: { en: 'Remove GOARCH from the launch configuration\'s env', zh: '从启动配置的 env 中删除 GOARCH' },
  removeEnvFile: { en: 'Remove GOARCH from the envFile', zh: '从 envFile 中删除 GOARCH' },
  removeTools: { en: 'Remove GOARCH from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 GOARCH' },
  removeDc: { en: 'Remove GOARCH from {key} in devcontainer.json, then Rebuild Container', zh: '从 devcontainer.json 的 {key} 中删除 GOARCH，然后 Rebuild Container' },
  removeExport: { en: 'Remove the GOARCH export where the container or VM sets it', zh: '在容器或虚拟机设置 GOARCH 的地方删除该 export' },
  removeExportDetail: { en: 'GOARCH={goarch} comes from the image (a Dockerfile ENV), a shell profile or the remote\'s environment: remove it there, then reconnect.', zh: 'GOARCH={goarch} 来自镜像（Dockerfile 的 ENV）、shell 配置文件或远程环境：请在那里删除它，然后重新连接。' },
  unsetGoEnv: { en: 'Remove the GOARCH that go env -w set', zh: '删除 go env -w 设置的 GOARCH' },
  evKernelGoarch: { en: 'kernel GOARCH = {arch} ({source})', zh: '内核 GOARCH = {arch}（{source}）' },
});

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
  // A go for another CPU defaults to its own GOARCH: that is emulation (findings/linux/linux-emulated.ts), not a setting.
  if (m.go.env?.GOARCH === goarch && goElf && goElf !== goarch) return { where: t(G.inGoEnv), fixes: [command(t(G.unsetGoEnv), `${goCmd(m)} env -u GOARCH`)] };
  return undefined;
}

function check(m: LinuxMachine, make: Make): Finding[] {
  const kernel = m.linux?.kernelGoarch;
  const goarch = m.dlvEnv.GOARCH?.value ?? m.go.env?.GOARCH;
  if (!kernel || !goarch || runsNatively(kernel, goarch)) return [];
  const src = sourceOf(m, goarch);
  if (!src) return [];
  const evidence = [`${src.where}: GOARCH=${goarch}`, t(G.evKernelGoarch, { arch: kernel, source: m.linux?.kernelSource ?? '?' })];
  if (m.go.env?.GOARCH) evidence.push(`go env GOARCH = ${m.go.env.GOARCH}`);
  return [make({ detail: t(G.detail, { goarch, kernel, where: src.where }), evidence, fixes: src.fixes })];
}

export default defineFinding({
  code: 'linux-goarch-override',
  component: 'settings',
  severity: 'error',
  rank: 0,
  title: { en: 'GOARCH is set for another CPU than the Linux kernel\'s', zh: 'GOARCH 被设置为与 Linux 内核不同的 CPU' },
  texts: G,
  linux: check,
});
