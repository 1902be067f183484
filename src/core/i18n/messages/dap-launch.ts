/** What Delve's launch and attach failures mean (src/core/dap/rules-launch.ts). */
import { messages } from '../index';

export const DAP_LAUNCH = messages({
  programMissing: {
    en: 'The "program" of the launch configuration, {path}, does not exist, so Delve has nothing to build or run.',
    zh: '启动配置中的 "program"（{path}）不存在，因此 Delve 没有可构建或运行的内容。',
  },
  programMissingFix: { en: 'Point "program" at an existing package folder, Go file or executable', zh: '让 "program" 指向一个存在的包文件夹、Go 文件或可执行文件' },
  modeUnsupported: {
    en: 'Delve does not know the mode "{mode}" for this request. launch takes auto, debug, test, exec, replay or core; attach takes local or remote.',
    zh: 'Delve 不认识此请求的 mode "{mode}"。launch 可用 auto、debug、test、exec、replay 或 core；attach 可用 local 或 remote。',
  },
  modeFix: { en: 'Set "mode" to one Delve knows', zh: '把 "mode" 设为 Delve 认识的值' },
  programAttributeMissing: {
    en: 'The launch configuration has no "program", which modes debug, test and exec need.',
    zh: '启动配置缺少 "program"，而 debug、test 和 exec 模式都需要它。',
  },
  programAttributeFix: { en: 'Add "program": "${workspaceFolder}" (or the package, file or executable to debug)', zh: '添加 "program": "${workspaceFolder}"（或要调试的包、文件或可执行文件）' },
  attributeMissing: { en: 'The configuration lacks "{attr}", which this mode needs.', zh: '配置缺少此模式需要的 "{attr}"。' },
  attributeMissingFix: { en: 'Add "{attr}" to the configuration in launch.json', zh: '在 launch.json 的配置中添加 "{attr}"' },
  attributeInvalid: {
    en: 'Delve could not read the configuration: an attribute has the wrong type ({detail}).',
    zh: 'Delve 无法读取配置：某个属性的类型不对（{detail}）。',
  },
  attributeInvalidFix: { en: 'Correct the attribute named in the message (for example, every "env" value must be a string)', zh: '改正消息中提到的属性（例如 "env" 的每个值都必须是字符串）' },
  cwdMissing: {
    en: 'Delve built {path} and then could not start it: "no such file or directory" for a program it has just written almost always means that the working directory ("cwd") does not exist. This is inferred from Delve\'s message, which does not name the cwd.',
    zh: 'Delve 构建了 {path}，随后却无法启动它：对刚写出的程序报 "no such file or directory"，几乎总是表示工作目录（"cwd"）不存在。这是根据 Delve 的消息推断的，消息本身没有提到 cwd。',
  },
  cwdFix: { en: 'Point "cwd" at an existing folder, or remove it', zh: '让 "cwd" 指向一个存在的文件夹，或删除它' },
  coreMissing: { en: 'The core file {path} does not exist.', zh: 'core 文件 {path} 不存在。' },
  coreFix: { en: 'Point "coreFilePath" at an existing core dump', zh: '让 "coreFilePath" 指向一个存在的 core 转储文件' },
  rrMissing: {
    en: 'The configuration asks for the rr backend (record and replay), and Delve found no rr to run.',
    zh: '配置要求使用 rr 后端（录制与回放），但 Delve 找不到可运行的 rr。',
  },
  rrFix: { en: 'Remove "backend": "rr" (or install rr from https://rr-project.org)', zh: '删除 "backend": "rr"（或从 https://rr-project.org 安装 rr）' },
  processMissing: {
    en: 'There is no process {pid} to attach to: it has exited, or "processId" names another one.',
    zh: '没有可附加的进程 {pid}：它已经退出，或者 "processId" 指向了别的进程。',
  },
  processAttributeMissing: { en: 'The attach configuration names no process ("processId").', zh: '附加配置没有指定进程（"processId"）。' },
  processFix: { en: 'Set "processId" to a running process ("${command:pickProcess}" lets you choose)', zh: '把 "processId" 设为一个正在运行的进程（"${command:pickProcess}" 可供选择）' },
  attachDenied: {
    en: 'The system refused to let Delve attach to process {pid} (operation not permitted).',
    zh: '系统拒绝让 Delve 附加到进程 {pid}（operation not permitted）。',
  },
  remoteNoTarget: {
    en: 'mode "remote" connects to a Delve server that already debugs a program; this one debugs nothing ("no debugger found"). Start it with `dlv debug --headless` (or exec/attach), or use request "launch".',
    zh: '"remote" 模式连接到一个已经在调试程序的 Delve 服务器；而这个服务器没有在调试任何程序（"no debugger found"）。请用 `dlv debug --headless`（或 exec/attach）启动它，或改用 "launch" 请求。',
  },
  remoteFix: { en: 'Start the remote dlv with a program (dlv debug/exec/attach --headless), or use request "launch"', zh: '用一个程序启动远程 dlv（dlv debug/exec/attach --headless），或改用 "launch" 请求' },
  cgoArch: {
    en: 'The cgo link mixes two CPU architectures ({detail}). The Go objects are for one CPU, and clang/ld, started from a process under Rosetta (an Intel VS Code or terminal), link for the other. This happens before Delve runs.',
    zh: 'cgo 链接混用了两种 CPU 架构（{detail}）。Go 目标文件是为一种 CPU 生成的，而从 Rosetta 下的进程（Intel 版 VS Code 或终端）启动的 clang/ld 按另一种 CPU 链接。这发生在 Delve 运行之前。',
  },
  cgoFix: { en: 'Run VS Code and the terminal natively (the Apple Silicon build), then build again', zh: '以原生方式运行 VS Code 和终端（Apple 芯片版本），然后重新构建' },
});
