/**
 * go-build-differs: Delve builds the program with the first go on its own PATH (delve pkg/gobuild runs `go build`
 * through exec.Command), which is not always the go vscode-go shows (issue 10 item 3): that go's version and CPU
 * decide the build.
 */
import { messages, t } from '../../i18n';
import { builds } from '../../probe/target';
import { defineFinding } from '../define';
import { manual } from '../fixes';

const G = messages({
  buildDiffers: {
    en: 'vscode-go shows {shown}, but Delve builds the program with the first go on its own PATH, {delve} ({from}). Its version and CPU decide the build, not those of the go vscode-go shows.',
    zh: 'vscode-go 显示的是 {shown}，但 Delve 用它自己 PATH 上的第一个 go 构建程序，即 {delve}（{from}）。决定构建的是它的版本和 CPU，而不是 vscode-go 显示的那个 go。',
  },
  buildDiffersFix: {
    en: 'Make both the same go: put its folder first in PATH (or set go.terminal.activateEnvironment to true), or remove PATH from the launch env / go.toolsEnvVars',
    zh: '让两者使用同一个 go：把它的目录放在 PATH 最前面（或把 go.terminal.activateEnvironment 设为 true），或者从启动配置的 env / go.toolsEnvVars 中删除 PATH',
  },
});

export default defineFinding({
  code: 'go-build-differs',
  component: 'go',
  severity: 'warning',
  title: { en: 'Delve builds with another go than the one vscode-go shows', zh: 'Delve 构建时使用的 go 与 vscode-go 显示的不同' },
  texts: G,
  platforms: ['darwin'],
  check: (m, make) => {
    const d = m.toolchain.delveGo;
    if (!d || !m.go.path || !builds(m.target.mode)) return [];
    return [make({
      detail: t(G.buildDiffers, { shown: m.go.path, delve: d.path, from: d.pathFrom }),
      evidence: [`vscode-go: ${m.go.path} (${m.go.why ?? '?'})`, `Delve: ${d.path} (${d.pathFrom})`],
      fixes: [manual(t(G.buildDiffersFix))],
    })];
  },
});
