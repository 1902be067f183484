/**
 * go-arch-mismatch: the Go toolchain vscode-go uses has no slice for this Mac's CPU (an Intel Go on Apple silicon,
 * GROUND_TRUTH §3): everything it builds, dlv included, defaults to the other GOARCH. A shim (script) is judged by
 * the Go it runs, $(go env GOROOT)/bin/go. What it explains follows it (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { archList, goarchOf } from '../../arch/names';
import { sliceFor } from '../../arch/slices';
import { scopeOf } from '../../probe/settings';
import { installDlvCommand } from '../../delve/install';
import type { Fix } from '../../report/types';
import { defineFinding } from '../define';
import { command, lipo, manual, settingsEdit } from '../fixes';
import { hwName } from '../hardware';

const G = messages({
  installGoArch: { en: 'Install the darwin/{goarch} Go', zh: '安装 darwin/{goarch} 版的 Go' },
  installGoArchDetail: { en: 'Download the darwin-{goarch} installer from https://go.dev/dl/ (or `brew install go` with {brew} Homebrew), then reinstall dlv with it.', zh: '从 https://go.dev/dl/ 下载 darwin-{goarch} 安装包（或用 {brew} 的 Homebrew 执行 `brew install go`），然后用它重新安装 dlv。' },
  stopPointing: { en: 'Stop pointing {key} at this Go', zh: '不再让 {key} 指向这个 Go' },
  thenReinstallDlv: { en: 'Then reinstall dlv with the new Go', zh: '然后用新的 Go 重新安装 dlv' },
  goArch: { en: 'The Go toolchain vscode-go uses ({path}, found by {why}) is built for {archs} on {hw}. dlv installed with it gets the same arch, and builds default to GOARCH={goarch}.', zh: 'vscode-go 使用的 Go 工具链（{path}，通过 {why} 找到）是为 {archs} 构建的，而这台机器是 {hw}。用它安装的 dlv 也是同样的架构，构建默认使用 GOARCH={goarch}。' },
  evScript: { en: '{go} is a script that runs {bin} (`go env GOROOT`)', zh: '{go} 是一个运行 {bin} 的脚本（`go env GOROOT`）' },
  evHardware: { en: 'hardware: {arch} (`sysctl -in hw.optional.arm64`)', zh: '硬件：{arch}（`sysctl -in hw.optional.arm64`）' },
});

export default defineFinding({
  code: 'go-arch-mismatch',
  component: 'go',
  severity: 'error',
  title: { en: 'The Go toolchain is built for the other CPU', zh: 'Go 工具链是为另一种 CPU 构建的' },
  texts: G,
  platforms: ['darwin'],
  check: (m, make) => {
    const hw = m.host.hardware;
    const bin = m.toolchain.real?.binary ?? m.go.binary;
    if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
    const goarch = goarchOf(hw) ?? 'arm64';
    const fixes: Fix[] = [manual(t(G.installGoArch, { goarch }), t(G.installGoArchDetail, { goarch, brew: hw === 'arm64' ? '/opt/homebrew' : '/usr/local' }))];
    if (m.go.settingKey) {
      const sub = m.go.settingKey === 'go.alternateTools' ? ['go.alternateTools', 'go'] : ['go.goroot'];
      fixes.push(settingsEdit(t(G.stopPointing, { key: sub.join('.') }), sub, { remove: true }, scopeOf(m.settingsByScope, sub[0] as string, sub[1])));
    }
    fixes.push(command(t(G.thenReinstallDlv), installDlvCommand()));
    return [make({
      detail: t(G.goArch, { path: m.go.path ?? '', why: m.go.why ?? '', archs: archList(bin.archs), hw: hwName(hw), goarch: String(goarchOf(bin.archs[0])) }),
      evidence: [`${bin.path}: ${archList(bin.archs)} (\`${lipo(bin.path)}\`)`, ...(bin.path !== m.go.path ? [t(G.evScript, { go: String(m.go.path), bin: bin.path })] : []), ...(m.go.env?.GOARCH ? [`go env GOARCH = ${m.go.env.GOARCH}`] : []), t(G.evHardware, { arch: String(hw) })],
      fixes,
    })];
  },
});
