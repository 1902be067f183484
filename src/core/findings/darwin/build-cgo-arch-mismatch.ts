/**
 * build-cgo-arch-mismatch: ld under a translated parent links a cgo program for the other CPU: "building for
 * macOS-x86_64 but attempting to link with file built for unknown-arm64" (vscode-go#1087, golang/go#44186). The
 * text is Apple's linker's: macOS's.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  cgoArch: {
    en: 'The cgo link mixes two CPU architectures ({detail}). The Go objects are for one CPU, and clang/ld, started from a process under Rosetta (an Intel VS Code or terminal), link for the other. This happens before Delve runs.',
    zh: 'cgo 链接混用了两种 CPU 架构（{detail}）。Go 目标文件是为一种 CPU 生成的，而从 Rosetta 下的进程（Intel 版 VS Code 或终端）启动的 clang/ld 按另一种 CPU 链接。这发生在 Delve 运行之前。',
  },
  cgoFix: { en: 'Run VS Code and the terminal natively (the Apple Silicon build), then build again', zh: '以原生方式运行 VS Code 和终端（Apple 芯片版本），然后重新构建' },
});

export default defineFinding({
  code: 'build-cgo-arch-mismatch',
  component: 'target',
  severity: 'error',
  title: { en: 'The cgo link mixes two CPU architectures', zh: 'cgo 链接混用了两种 CPU 架构' },
  texts: M,
  dap: [
    {
      re: /building for (macOS-\w+) but attempting to link with file built for ([\w-]+)/gi,
      build: (m, line, _r, make) => make({ detail: t(M.cgoArch, { detail: `${m[1] ?? ''} / ${m[2] ?? ''}` }), evidence: [line], fixes: [saidFix(t(M.cgoFix))] }),
    },
  ],
});
