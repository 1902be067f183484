/** Titles of the session finding codes (src/core/report/codes-session.ts). */
import { messages } from '../index';

export const SESSION_CODE_TITLES = messages({
  'attach-already-traced': { en: 'Another debugger is attached to the process', zh: '另一个调试器已附加到该进程' },
  'dlv-connect-timeout': { en: 'vscode-go could not connect to dlv within 1 second', zh: 'vscode-go 未能在 1 秒内连接到 dlv' },
  'extension-host-busy': { en: 'The extension host was busy when vscode-go connected to dlv', zh: 'vscode-go 连接 dlv 时扩展宿主正忙' },
  'breakpoints-path-mismatch': { en: 'Breakpoints do not verify: Delve knows the sources under other paths', zh: '断点无法验证：Delve 使用其他路径识别源文件' },
});
