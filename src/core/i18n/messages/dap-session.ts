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
  timeoutRemote: {
    en: 'vscode-go connected to dlv at {host}:{port} and got no answer within its fixed 1000 ms (goDebugFactory.ts): nothing listens on that port, or it is not forwarded to this machine (a container\'s or an SSH tunnel\'s port), or a firewall drops it. Start dlv there with --listen={host}:{port} (or --listen=:{port}) and forward the port.',
    zh: 'vscode-go 连接 {host}:{port} 上的 dlv，在其固定的 1000 毫秒内没有得到应答（goDebugFactory.ts）：该端口上没有程序在监听，或者端口没有转发到这台机器（容器或 SSH 隧道的端口），或者被防火墙丢弃。请在那里以 --listen={host}:{port}（或 --listen=:{port}）启动 dlv，并转发该端口。',
  },
  timeoutLocal: {
    en: 'vscode-go started dlv and could not connect to its port within its fixed 1000 ms (goDebugFactory.ts). No event-loop stall of the extension host was measured around the start, so dlv itself, or the loopback connection (a proxy, a security tool), was slow.',
    zh: 'vscode-go 启动了 dlv，但未能在其固定的 1000 毫秒内连接到它的端口（goDebugFactory.ts）。启动期间没有测到扩展宿主的事件循环停顿，因此是 dlv 本身或回环连接（代理、安全软件）太慢。',
  },
  timeoutLocalUnmeasured: {
    en: 'vscode-go started dlv and could not connect to its port within its fixed 1000 ms (goDebugFactory.ts): dlv was slow to answer, the loopback connection is intercepted, or the extension host was busy (when its event loop is blocked for about a second right after the connect starts, Node runs the expired timer first).',
    zh: 'vscode-go 启动了 dlv，但未能在其固定的 1000 毫秒内连接到它的端口（goDebugFactory.ts）：dlv 应答太慢、回环连接被拦截，或者扩展宿主正忙（连接刚开始时事件循环若被阻塞约一秒，Node 会先运行已到期的计时器）。',
  },
  hostBusy: {
    en: 'The extension host\'s event loop was blocked for {ms} ms while vscode-go connected to dlv. vscode-go waits a fixed 1000 ms; when the loop is blocked past that, Node runs the expired timer before the connect callback, so it reports "connection timeout" with a healthy dlv. The extension host was busy (another extension\'s synchronous work), not dlv.',
    zh: 'vscode-go 连接 dlv 时，扩展宿主的事件循环被阻塞了 {ms} 毫秒。vscode-go 固定等待 1000 毫秒；事件循环阻塞超过这个时间时，Node 会在连接回调之前运行已到期的计时器，因此即使 dlv 正常，它也会报告 "connection timeout"。忙的是扩展宿主（另一个扩展的同步工作），而不是 dlv。',
  },
  checkListening: { en: 'Check that dlv listens on port {port} (run this where dlv runs)', zh: '检查 dlv 是否在端口 {port} 上监听（在运行 dlv 的机器上执行）' },
  forwardPort: { en: 'Forward port {port} to this machine (Ports view, "forwardPorts" in devcontainer.json, or ssh -L)', zh: '将端口 {port} 转发到这台机器（端口视图、devcontainer.json 的 "forwardPorts"，或 ssh -L）' },
  retry: { en: 'Start debugging again; if it repeats, open "Developer: Show Running Extensions" to find the busy extension', zh: '再次开始调试；如果再次出现，打开 "Developer: Show Running Extensions" 找出繁忙的扩展' },
  selftest: { en: 'Run "Go: Test Debugging (LLDB Doctor)": it times each stage of starting dlv outside the extension host', zh: '运行 "Go: Test Debugging (LLDB Doctor)"：它在扩展宿主之外为启动 dlv 的每个阶段计时' },
  selftestDetail: { en: 'Command id: {id}', zh: '命令 ID：{id}' },
});
