/**
 * shell-translated: on Apple Silicon, the terminal running the CLI runs under Rosetta (sysctl.proc_translated = 1),
 * or a child `uname -m` of VS Code's or the terminal's shell prints x86_64: what the shell starts (go, dlv) runs as
 * x86_64 (GROUND_TRUTH §3). A root cause (report/rank.ts). Delve's Rosetta text names it too when it blames "the terminal/shell in use"
 * (Delve ≥ 1.23.1; the same words without it are dlv-translated's, findings/sharedTexts.ts).
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { defineFinding } from '../define';
import { lipo, manual, command as cmd, rosettaFixes } from '../fixes';
import { hwEvidence } from '../hardware';
import { ROSETTA, shellRosetta } from '../sharedTexts';

const P = messages({
  textShell: { en: 'debugserver exited and `uname -m`, run by dlv, printed x86_64: the process dlv was started from (VS Code, or the terminal) runs under Rosetta, so its children start as x86_64. The Mac is Apple Silicon.', zh: 'debugserver 已退出，而 dlv 运行的 `uname -m` 输出 x86_64：启动 dlv 的进程（VS Code 或终端）在 Rosetta 下运行，因此它的子进程以 x86_64 启动。这台 Mac 是 Apple Silicon。' },
  terminalRosetta: { en: 'In a terminal, turn off "Open using Rosetta" for the terminal app (Finder > Get Info) and restart it', zh: '对终端应用关闭"使用 Rosetta 打开"（Open using Rosetta）（访达 > 显示简介），然后重新启动终端' },
  shellTranslated: { en: 'The process that ran this check runs as x86_64 under Rosetta, so the terminal or shell it came from is translated. Tools started from it (dlv, debugserver) prefer x86_64 and Delve refuses to run.', zh: '运行本检查的进程以 x86_64 方式在 Rosetta 下运行，所以启动它的终端或 shell 是转译运行的。从中启动的工具（dlv、debugserver）优先使用 x86_64，Delve 会拒绝运行。' },
  nativeTerminal: { en: 'Use a native arm64 terminal and shell', zh: '使用原生 arm64 的终端和 shell' },
  nativeTerminalDetail: { en: 'In Finder, Get Info on the terminal app and clear "Open using Rosetta"; check with `uname -m` (it must print arm64).', zh: '在访达中对终端应用"显示简介"（Get Info），取消勾选"使用 Rosetta 打开"（Open using Rosetta）；用 `uname -m` 检查（必须输出 arm64）。' },
  checkShell: { en: 'Check the shell', zh: '检查 shell' },
  childX86: { en: 'A child of this process reports x86_64: commands started from here run under Rosetta. Delve (v1.23.1+) blames "the terminal/shell in use" when it sees this.', zh: '本进程的子进程报告为 x86_64：从这里启动的命令在 Rosetta 下运行。Delve（v1.23.1+）看到这种情况会指责"the terminal/shell in use"。' },
  startNative: { en: 'Start VS Code and the terminal natively (arm64)', zh: '以原生方式（arm64）启动 VS Code 和终端' },
  evUnameChild: { en: '`uname -m` run as a child prints x86_64', zh: '作为子进程运行的 `uname -m` 输出 x86_64' },
  evAppleSilicon: { en: 'hw.optional.arm64 = 1: Apple silicon', zh: 'hw.optional.arm64 = 1：Apple 芯片' },
  startNativeDetail: { en: 'Clear "Open using Rosetta" in Get Info for VS Code and the terminal app.', zh: '在 VS Code 和终端应用的"显示简介"（Get Info）中取消勾选"使用 Rosetta 打开"（Open using Rosetta）。' },
});

export default defineFinding({
  code: 'shell-translated',
  component: 'shell',
  severity: 'error',
  rank: 0,
  title: { en: 'The terminal or shell runs under Rosetta', zh: '终端或 shell 在 Rosetta 下运行' },
  texts: P,
  platforms: ['darwin'],
  check: (m, make) => {
    const h = m.host;
    if (h.hardware !== 'arm64') return [];
    if (h.translated && !h.isVscode) {
      const evidence = ['sysctl.proc_translated = 1 (`sysctl -in sysctl.proc_translated`)', 'hw.optional.arm64 = 1: Apple silicon', `process.arch = ${h.processArch}`];
      if (h.exec) evidence.push(`${h.exec.path}: ${archList(h.exec.archs)} (\`${lipo(h.exec.path)}\`)`);
      return [make({ detail: t(P.shellTranslated), evidence, fixes: [manual(t(P.nativeTerminal), t(P.nativeTerminalDetail)), cmd(t(P.checkShell), 'uname -m')] })];
    }
    if (h.shellArch !== 'x86_64') return [];
    return [make({
      detail: t(P.childX86),
      evidence: [t(P.evUnameChild), t(P.evAppleSilicon)],
      fixes: [manual(t(P.startNative), t(P.startNativeDetail))],
    })];
  },
  dap: [
    {
      re: ROSETTA,
      build: (m, line, r, make) => (shellRosetta(m) ? make({ detail: t(P.textShell), evidence: [line, ...hwEvidence(r)], fixes: [...rosettaFixes(), { kind: 'manual', title: t(P.terminalRosetta) }] }) : undefined),
    },
  ],
});
