/** Texts of the debugserver / lldb-server rules (src/core/dap/rules-stub.ts) and the unknown-CPU note (dap/rule.ts). */
import { messages } from '../index';

export const DAP_STUB = messages({
  unknownCpu: { en: 'This text does not say which CPU the Mac has, and the right fix depends on it: run the first command below, or run explain again with --arch arm64|x86_64.', zh: '这段文字没有说明这台 Mac 的 CPU，而正确的修复取决于它：请运行下面的第一条命令，或加上 --arch arm64|x86_64 再运行一次 explain。' },
  onAppleSilicon: { en: 'On Apple Silicon: {title}', zh: '在 Apple Silicon 上：{title}' },
  whyArm: { en: 'On Apple Silicon the usual cause is debugserver running under Rosetta, started by an Intel build of VS Code; then developer-mode permissions.', zh: '在 Apple Silicon 上，通常的原因是 debugserver 在 Rosetta 下运行（由 Intel 版 VS Code 启动）；其次是开发者模式权限。' },
  whyIntel: { en: 'On an Intel Mac the usual causes are developer mode being off, the user not in the _developer group, or missing Command Line Tools.', zh: '在 Intel Mac 上，通常的原因是开发者模式未开启、用户不在 _developer 组中，或缺少 Command Line Tools。' },
  whyUnknown: { en: 'On Apple Silicon the usual cause is debugserver running under Rosetta (an Intel VS Code); on Intel, permissions. {unknown}', zh: '在 Apple Silicon 上，通常的原因是 debugserver 在 Rosetta 下运行（Intel 版 VS Code）；在 Intel 上则是权限问题。{unknown}' },
  lldbServerExited: { en: 'lldb-server exited before Delve could connect.', zh: 'lldb-server 在 Delve 连接之前就退出了。' },
  lldbServerExitedStatus: { en: 'lldb-server exited before Delve could connect ({status}).', zh: 'lldb-server 在 Delve 连接之前就退出了（{status}）。' },
  dsExited: { en: 'debugserver started and exited before Delve could connect to it. {why}', zh: 'debugserver 启动后在 Delve 连接之前就退出了。{why}' },
  dsExitedStatus: { en: 'debugserver started and exited before Delve could connect to it ({status}). {why}', zh: 'debugserver 启动后在 Delve 连接之前就退出了（{status}）。{why}' },
  removeLldbBackend: { en: 'Remove "backend": "lldb" from launch.json to use Delve\'s native backend on this OS', zh: '从 launch.json 中删除 "backend": "lldb"，以便在这个操作系统上使用 Delve 的 native 后端' },
  lldbServerNoDs: { en: '{exited} Delve used lldb-server because it found no debugserver; on macOS install the Command Line Tools so that it uses debugserver.', zh: '{exited}Delve 使用 lldb-server 是因为找不到 debugserver；在 macOS 上请安装 Command Line Tools，让它使用 debugserver。' },
  bannerArm: { en: 'debugserver announced itself as x86_64 on an Apple Silicon Mac: it runs under Rosetta, because the process that started it (VS Code, the terminal, or dlv) is x86_64. A translated debugserver cannot debug.', zh: 'debugserver 在 Apple Silicon Mac 上自称 x86_64：它在 Rosetta 下运行，因为启动它的进程（VS Code、终端或 dlv）是 x86_64。转译运行的 debugserver 无法调试。' },
  bannerUnknown: { en: 'debugserver announced itself as x86_64 and then failed. That is normal on an Intel Mac but means it runs under Rosetta on Apple Silicon. {unknown}', zh: 'debugserver 自称 x86_64，随后失败。这在 Intel Mac 上是正常的，但在 Apple Silicon 上意味着它在 Rosetta 下运行。{unknown}' },
  osKernIntel: { en: 'debugserver could not control the process ((os/kern) invalid argument).', zh: 'debugserver 无法控制该进程（(os/kern) invalid argument）。' },
  osKern: { en: 'debugserver failed with "(os/kern) invalid argument", what it prints when it runs under Rosetta on an Apple Silicon Mac (started by an x86_64 VS Code, terminal or dlv).', zh: 'debugserver 失败并输出 "(os/kern) invalid argument"，这是它在 Apple Silicon Mac 上以 Rosetta 运行时（由 x86_64 的 VS Code、终端或 dlv 启动）的输出。' },
  taskForPid: { en: 'macOS refused debugserver access to the process (task_for_pid). Debugging needs developer mode and membership of the _developer group; a broken Command Line Tools install does the same.', zh: 'macOS 拒绝 debugserver 访问该进程（task_for_pid）。调试需要开启开发者模式并加入 _developer 组；Command Line Tools 安装损坏也会导致同样的结果。' },
});
