/** Texts of the rules for Delve's own error strings (src/core/dap/rules-delve.ts) and the VS Code build fix (findings/textFixes.ts). */
import { messages } from '../index';

export const DAP_DELVE = messages({
  arm64VsCodeDetail: { en: 'Code > About shows the build. An Intel VS Code runs under Rosetta and its children (dlv, debugserver) start as x86_64. Download the Apple Silicon or Universal build from https://code.visualstudio.com/download, quit the Intel one and replace it.', zh: 'Code > About 会显示当前版本。Intel 版 VS Code 在 Rosetta 下运行，它的子进程（dlv、debugserver）也以 x86_64 启动。请从 https://code.visualstudio.com/download 下载 Apple Silicon 版或通用版，退出 Intel 版并替换它。' },
  dsNotFound: { en: 'Delve found neither debugserver (in $DELVE_DEBUGSERVER_PATH, on PATH, in the Command Line Tools or in Xcode) nor lldb-server. On macOS debugserver comes with the Xcode Command Line Tools.', zh: 'Delve 既没有找到 debugserver（在 $DELVE_DEBUGSERVER_PATH、PATH、Command Line Tools 或 Xcode 中），也没有找到 lldb-server。在 macOS 上，debugserver 随 Xcode Command Line Tools 提供。' },
  lldbServerOnly: { en: 'This Delve is so old that it looks only for lldb-server and never for debugserver. Update Delve (it needs the Command Line Tools too).', zh: '这个 Delve 太旧了，它只查找 lldb-server，从不查找 debugserver。请更新 Delve（它同样需要 Command Line Tools）。' },
  shellTranslated: { en: 'debugserver exited and `uname -m`, run by dlv, printed x86_64: the process dlv was started from (VS Code, or the terminal) runs under Rosetta, so its children start as x86_64. The Mac is Apple Silicon.', zh: 'debugserver 已退出，而 dlv 运行的 `uname -m` 输出 x86_64：启动 dlv 的进程（VS Code 或终端）在 Rosetta 下运行，因此它的子进程以 x86_64 启动。这台 Mac 是 Apple Silicon。' },
  terminalRosetta: { en: 'In a terminal, turn off "Open using Rosetta" for the terminal app (Finder > Get Info) and restart it', zh: '对终端应用关闭"使用 Rosetta 打开"（Open using Rosetta）（访达 > 显示简介），然后重新启动终端' },
  nativeBackend: { en: 'launch.json asks for `"backend": "native"`. Delve builds for macOS have no native backend (it exists only with the macnative build tag); the default backend on macOS is lldb (debugserver).', zh: 'launch.json 要求 `"backend": "native"`。macOS 版 Delve 没有 native 后端（只有使用 macnative 构建标签时才有）；macOS 上的默认后端是 lldb（debugserver）。' },
  unknownBackend: { en: '"backend": "{b}" is not a Delve backend: use default, lldb or rr (or leave it out).', zh: '"backend": "{b}" 不是 Delve 的后端：请使用 default、lldb 或 rr（或不写）。' },
  noDwarf: { en: 'Delve found no DWARF it can read in the program: it was built stripped (-ldflags "-s -w"), or by a Go too old for this macOS.', zh: 'Delve 在程序中没有找到可读取的 DWARF：程序构建时被剥离了调试信息（-ldflags "-s -w"），或者构建它的 Go 对这个 macOS 来说太旧。' },
  removeStrip: { en: 'Remove -s / -w from -ldflags in buildFlags (launch.json) or GOFLAGS', zh: '从 buildFlags（launch.json）或 GOFLAGS 的 -ldflags 中删除 -s / -w' },
  eof: { en: 'debugserver closed the connection at once. Old Command Line Tools ship a debugserver that fails this way with newer macOS or Delve versions.', zh: 'debugserver 立即关闭了连接。旧版 Command Line Tools 自带的 debugserver 在较新的 macOS 或 Delve 上会这样失败。' },
  updateClt: { en: 'Update the Command Line Tools (System Settings > Software Update), or reinstall them', zh: '更新 Command Line Tools（系统设置 > 软件更新），或重新安装它们' },
});
