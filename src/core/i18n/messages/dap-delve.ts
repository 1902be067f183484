/** Texts of the rules for Delve's own error strings (src/core/dap/rules-delve.ts) and the VS Code build fix (dap/fixes.ts). */
import { messages } from '../index';

export const DAP_DELVE = messages({
  arm64VsCodeDetail: { en: 'Code > About shows the build. An Intel VS Code runs under Rosetta and its children (dlv, debugserver) start as x86_64. Download the Apple Silicon or Universal build from https://code.visualstudio.com/download, quit the Intel one and replace it.', zh: 'Code > About 会显示当前版本。Intel 版 VS Code 在 Rosetta 下运行，它的子进程（dlv、debugserver）也以 x86_64 启动。请从 https://code.visualstudio.com/download 下载 Apple Silicon 版或通用版，退出 Intel 版并替换它。' },
  shellTranslated: { en: 'debugserver exited and `uname -m`, run by dlv, printed x86_64: the process dlv was started from (VS Code, or the terminal) runs under Rosetta, so its children start as x86_64. The Mac is Apple Silicon.', zh: 'debugserver 已退出，而 dlv 运行的 `uname -m` 输出 x86_64：启动 dlv 的进程（VS Code 或终端）在 Rosetta 下运行，因此它的子进程以 x86_64 启动。这台 Mac 是 Apple Silicon。' },
  terminalRosetta: { en: 'In a terminal, turn off "Open using Rosetta" for the terminal app (Finder > Get Info) and restart it', zh: '对终端应用关闭"使用 Rosetta 打开"（Open using Rosetta）（访达 > 显示简介），然后重新启动终端' },
  dlvTranslated: { en: 'dlv itself runs under Rosetta: it is an x86_64 build, installed with an Intel (darwin/amd64) Go, on an Apple Silicon Mac. Delve refuses to debug that way.', zh: 'dlv 本身在 Rosetta 下运行：它是用 Intel（darwin/amd64）版 Go 安装的 x86_64 构建，运行在 Apple Silicon Mac 上。Delve 拒绝以这种方式调试。' },
  notExecutable: { en: 'The file Delve was asked to run is not a Mach-O executable it can load (a directory, a script, a file for another OS, or a universal binary).', zh: '要求 Delve 运行的文件不是它能加载的 Mach-O 可执行文件（可能是目录、脚本、其他操作系统的文件或通用二进制文件）。' },
  checkProgram: { en: 'Check "program" in launch.json: it must be a Go package directory or file (mode debug/auto), or a Mach-O executable (mode exec)', zh: '检查 launch.json 中的 "program"：它必须是 Go 包目录或文件（mode debug/auto），或 Mach-O 可执行文件（mode exec）' },
  noArm64: { en: 'This Delve supports only {supported}: it predates Apple Silicon support (Delve 1.6.0).', zh: '这个 Delve 只支持 {supported}：它早于对 Apple Silicon 的支持（Delve 1.6.0）。' },
  archUnsupported: { en: 'The program is built for {cpu}, which Delve cannot debug on macOS (it supports {supported}).', zh: '程序是为 {cpu} 构建的，Delve 在 macOS 上无法调试它（它支持 {supported}）。' },
  buildForMac: { en: 'Build the program for this Mac: remove GOARCH from launch.json env, envFile and go.toolsEnvVars', zh: '为这台 Mac 构建程序：从 launch.json 的 env、envFile 和 go.toolsEnvVars 中删除 GOARCH' },
  noDwarf: { en: 'Delve found no DWARF it can read in the program: it was built stripped (-ldflags "-s -w"), or by a Go too old for this macOS.', zh: 'Delve 在程序中没有找到可读取的 DWARF：程序构建时被剥离了调试信息（-ldflags "-s -w"），或者构建它的 Go 对这个 macOS 来说太旧。' },
  removeStrip: { en: 'Remove -s / -w from -ldflags in buildFlags (launch.json) or GOFLAGS', zh: '从 buildFlags（launch.json）或 GOFLAGS 的 -ldflags 中删除 -s / -w' },
  execFormat: { en: 'The system refused to run {program}: it was built for another CPU or OS than this machine (exec format error). A GOARCH or GOOS override in the launch configuration, its envFile or go.toolsEnvVars does this.', zh: '系统拒绝运行 {program}：它是为与本机不同的 CPU 或操作系统构建的（exec format error）。这是启动配置、其 envFile 或 go.toolsEnvVars 中的 GOARCH 或 GOOS 覆盖造成的。' },
  theProgram: { en: 'the program', zh: '该程序' },
  buildForMachine: { en: 'Build the program for this machine: remove GOARCH/GOOS from launch.json env, envFile and go.toolsEnvVars', zh: '为本机构建程序：从 launch.json 的 env、envFile 和 go.toolsEnvVars 中删除 GOARCH/GOOS' },
});
