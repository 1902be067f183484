/** Texts of the Go toolchain rules (src/core/rules/darwin/toolchain.ts) and the go component's notes. */
import { messages } from '../index';

export const RULES_GO = messages({
  buildDiffers: {
    en: 'vscode-go shows {shown}, but Delve builds the program with the first go on its own PATH, {delve} ({from}). Its version and CPU decide the build, not those of the go vscode-go shows.',
    zh: 'vscode-go 显示的是 {shown}，但 Delve 用它自己 PATH 上的第一个 go 构建程序，即 {delve}（{from}）。决定构建的是它的版本和 CPU，而不是 vscode-go 显示的那个 go。',
  },
  buildDiffersFix: {
    en: 'Make both the same go: put its folder first in PATH (or set go.terminal.activateEnvironment to true), or remove PATH from the launch env / go.toolsEnvVars',
    zh: '让两者使用同一个 go：把它的目录放在 PATH 最前面（或把 go.terminal.activateEnvironment 设为 true），或者从启动配置的 env / go.toolsEnvVars 中删除 PATH',
  },
  shimNote: { en: '{path} is a script (shim); the Go it runs: {real}', zh: '{path} 是一个脚本（shim）；它实际运行的 Go：{real}' },
  effectiveNote: { en: 'builds with {version} ({why})', zh: '使用 {version} 构建（{why}）' },
  okNote: { en: 'ok: has a slice for this CPU ({arch})', zh: '正常：有适合这个 CPU 的切片（{arch}）' },
  mismatchNote: { en: 'no slice for this CPU ({hw})', zh: '没有适合这个 CPU（{hw}）的切片' },
  unreadableNote: { en: 'could not be read ({why})', zh: '无法读取（{why}）' },
  scriptNote: { en: 'a script, not a Mach-O executable: what it runs was not followed', zh: '是脚本而不是 Mach-O 可执行文件：没有追踪它实际运行的程序' },
  malformedNote: { en: 'a damaged Mach-O file ({why})', zh: '已损坏的 Mach-O 文件（{why}）' },
  unknownNote: { en: 'the CPU of this Mac is not known', zh: '不知道这台 Mac 的 CPU' },
});
