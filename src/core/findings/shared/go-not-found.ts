/**
 * go-not-found: no go binary where vscode-go looks (vscode-go src/utils/pathUtils.ts getBinPathWithExplanation:
 * go.alternateTools.go, go.goroot, PATH, the default install folders), before launch on a Mac; after F5
 * vscode-go's "couldn't find go at the Go tools path" or the spawn error `spawn go ENOENT` (Node's child_process).
 * Without go nothing is built, and vscode-go cannot install or update dlv either (mode "exec" only warns).
 */
import { messages, t } from '../../i18n';
import { goarchOf } from '../../arch/names';
import { builds } from '../../probe/target';
import { defineFinding } from '../define';
import { manual } from '../fixes';
import { missingTool, TOOL_MISSING } from '../sharedTexts';
import { searchLine } from '../evidence';

const G = messages({
  goNotFoundExec: { en: 'No go binary was found. mode "exec" does not build, but vscode-go needs Go to install and update dlv.', zh: '没有找到 go 可执行文件。mode "exec" 不需要构建，但 vscode-go 需要 Go 来安装和更新 dlv。' },
  goNotFound: { en: 'No go binary was found where vscode-go looks, so it cannot build the program to debug.', zh: '在 vscode-go 查找的位置没有找到 go 可执行文件，因此无法构建要调试的程序。' },
  installGo: { en: 'Install Go', zh: '安装 Go' },
  installGoDetail: { en: 'Install the darwin/{goarch} package from https://go.dev/dl/ and restart VS Code.', zh: '从 https://go.dev/dl/ 安装 darwin/{goarch} 安装包，然后重启 VS Code。' },
  text: { en: 'The go command could not be found where the tools were started.', zh: '在启动工具的环境中找不到 go 命令。' },
  installGoText: { en: 'Install Go for this Mac from https://go.dev/dl/, or set go.goroot / PATH so that VS Code finds it', zh: '从 https://go.dev/dl/ 安装适合这台 Mac 的 Go，或设置 go.goroot / PATH 让 VS Code 能找到它' },
});

export default defineFinding({
  code: 'go-not-found',
  component: 'go',
  severity: 'error',
  title: { en: 'No Go toolchain found', zh: '找不到 Go 工具链' },
  texts: G,
  platforms: ['darwin'],
  check: (m, make) => {
    if (m.go.path) return [];
    const exec = m.target.mode !== undefined && !builds(m.target.mode);
    return [make({
      severity: exec ? 'warning' : 'error',
      detail: t(exec ? G.goNotFoundExec : G.goNotFound),
      evidence: m.go.searched.slice(0, 8).map(searchLine),
      fixes: [manual(t(G.installGo), t(G.installGoDetail, { goarch: goarchOf(m.host.hardware) ?? 'arm64' }))],
    })];
  },
  dap: [
    {
      // The same words as dlv-not-found's rule: this one answers when the tool missing is go.
      re: TOOL_MISSING,
      build: (m, line, _r, make) => (missingTool(m) === 'go' ? make({ detail: t(G.text), evidence: [line], fixes: [{ kind: 'manual', title: t(G.installGoText) }] }) : undefined),
    },
  ],
});
