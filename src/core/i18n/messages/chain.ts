/** The debug chain as a picture (panel) and as a line (text report): link names, states, the boundary. */
import { messages } from '../index';

export const CHAIN = messages({
  heading: { en: 'Debug chain', zh: '调试链' },
  vscode: { en: 'VS Code', zh: 'VS Code' },
  vscodeServer: { en: 'VS Code server', zh: 'VS Code 服务器' },
  go: { en: 'go', zh: 'go' },
  dlv: { en: 'dlv', zh: 'dlv' },
  debugserver: { en: 'debugserver', zh: 'debugserver' },
  lldbServer: { en: 'lldb-server', zh: 'lldb-server' },
  target: { en: 'the program', zh: '被调试的程序' },
  cpuUnknown: { en: 'CPU unknown', zh: 'CPU 未知' },
  ok: { en: 'works', zh: '正常' },
  failing: { en: 'fails', zh: '失败' },
  warning: { en: 'may fail', zh: '可能失败' },
  missing: { en: 'not found', zh: '未找到' },
  unknown: { en: 'not checked', zh: '未检查' },
  rootCause: { en: 'root cause', zh: '根本原因' },
  rootCauseOff: { en: 'Root cause outside the chain: {title}', zh: '根本原因不在链上：{title}' },
  container: { en: 'container', zh: '容器' },
  remote: { en: 'Linux remote or VM', zh: 'Linux 远程主机或虚拟机' },
  kernel: { en: 'kernel {arch}', zh: '内核 {arch}' },
  emulated: { en: 'under {emulator}', zh: '在 {emulator} 下运行' },
  link: { en: '{name} ({cpu}): {status}', zh: '{name}（{cpu}）：{status}' },
  alt: { en: 'Debug chain: {links}.', zh: '调试链：{links}。' },
  altInside: { en: 'inside the {boundary}: {links}', zh: '在{boundary}内：{links}' },
  line: { en: 'Chain', zh: '调试链' },
});
