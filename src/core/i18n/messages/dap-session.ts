/** Texts of the session rules (src/core/dap/rules-session.ts): what Delve and vscode-go say after F5 (issue 20 items 8-10). */
import { messages } from '../index';

export const DAP_SESSION = messages({
  buildFailedWhy: { en: 'go build failed before Delve could start the program: {error}', zh: '在 Delve 启动程序之前 go build 就失败了：{error}' },
  noDebugInfo: {
    en: 'Delve found no debug information in the program: it was built with -ldflags=\'-s -w\' (which strips DWARF and the symbol table) or is the temporary binary of `go run`. Delve needs a binary built with debug information.',
    zh: 'Delve 在程序中没有找到调试信息：它是以 -ldflags=\'-s -w\' 构建的（会剥离 DWARF 和符号表），或者是 `go run` 的临时二进制文件。Delve 需要带调试信息构建的二进制文件。',
  },
  noDebugInfoGoRun: { en: 'Do not debug the binary `go run` leaves: let the launch build it ("mode": "debug"), or build it with `go build -gcflags=all="-N -l"` for "mode": "exec"', zh: '不要调试 `go run` 留下的二进制文件：让启动配置来构建（"mode": "debug"），或以 `go build -gcflags=all="-N -l"` 构建后用于 "mode": "exec"' },
  alreadyTraced: {
    en: 'Process {pid} is already being debugged by process {tracer} (its TracerPid in /proc/{pid}/status): Linux lets only one tracer attach to a process. Stop or detach the other debugger (another dlv, gdb, strace), then attach again.',
    zh: '进程 {pid} 已经在被进程 {tracer} 调试（见 /proc/{pid}/status 中的 TracerPid）：Linux 只允许一个跟踪者附加到一个进程。请停止或分离另一个调试器（另一个 dlv、gdb、strace），然后再次附加。',
  },
  whichTracer: { en: 'See which program process {tracer} is', zh: '查看进程 {tracer} 是哪个程序' },
  stopTracer: { en: 'Stop or detach the other debugger (process {tracer}), then start the attach again', zh: '停止或分离另一个调试器（进程 {tracer}），然后重新附加' },
});
