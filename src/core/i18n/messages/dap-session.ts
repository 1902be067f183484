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
  pathMismatch: {
    en: 'Delve cannot place the breakpoint in {file}: the program was built from sources at other paths (a remote machine, a container, or -trimpath), and no substitutePath maps the workspace onto them.',
    zh: 'Delve 无法在 {file} 中设置断点：程序是用其他路径下的源代码构建的（远程机器、容器或 -trimpath），且没有 substitutePath 把工作区映射到那些路径。',
  },
  pathMismatchFound: { en: 'Delve knows this file as {delve}: substitutePath "{from}" → "{to}" maps it.', zh: 'Delve 把这个文件识别为 {delve}：substitutePath "{from}" → "{to}" 可以映射它。' },
  cannotEnable: { en: 'Delve could not enable breakpoint {id} again: the source it was set in is not found in the program under this path.', zh: 'Delve 无法再次启用断点 {id}：在此路径下的程序中找不到设置断点的源文件。' },
  trimpath: {
    en: 'The program was built with -trimpath: Delve knows its sources by module path (example: <module>/main.go), not by the workspace\'s paths, so breakpoints set in the workspace do not verify without substitutePath. Remove -trimpath from debug builds, or map the workspace folder to the module path.',
    zh: '程序是以 -trimpath 构建的：Delve 按模块路径（例如 <module>/main.go）而不是工作区路径识别源文件，因此没有 substitutePath 时，在工作区中设置的断点无法验证。请在调试构建中去掉 -trimpath，或把工作区文件夹映射到模块路径。',
  },
  addSubstitutePath: { en: 'Add substitutePath {"from": "{from}", "to": "{to}"} to the launch configuration', zh: '在启动配置中添加 substitutePath {"from": "{from}", "to": "{to}"}' },
  showDelvePath: {
    en: 'Let Delve show its path: pause the program or add a function breakpoint (main.main); the Call Stack shows the path Delve knows, and the doctor then computes substitutePath',
    zh: '让 Delve 显示它的路径：暂停程序或添加函数断点（main.main）；调用堆栈会显示 Delve 识别的路径，随后本工具会计算 substitutePath',
  },
});
