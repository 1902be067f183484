/** Texts about Delve's words that several finding modules share, and the VS Code build fix (findings/fixes.ts). */
import { messages } from '../index';

export const DAP_DELVE = messages({
  arm64VsCodeDetail: { en: 'Code > About shows the build. An Intel VS Code runs under Rosetta and its children (dlv, debugserver) start as x86_64. Download the Apple Silicon or Universal build from https://code.visualstudio.com/download, quit the Intel one and replace it.', zh: 'Code > About 会显示当前版本。Intel 版 VS Code 在 Rosetta 下运行，它的子进程（dlv、debugserver）也以 x86_64 启动。请从 https://code.visualstudio.com/download 下载 Apple Silicon 版或通用版，退出 Intel 版并替换它。' },
  removeStrip: { en: 'Remove -s / -w from -ldflags in buildFlags (launch.json) or GOFLAGS', zh: '从 buildFlags（launch.json）或 GOFLAGS 的 -ldflags 中删除 -s / -w' },
});
