/** Texts of the go component's notes (probe/darwin/components.ts). */
import { messages } from '../index';

export const RULES_GO = messages({
  shimNote: { en: '{path} is a script (shim); the Go it runs: {real}', zh: '{path} 是一个脚本（shim）；它实际运行的 Go：{real}' },
  effectiveNote: { en: 'builds with {version} ({why})', zh: '使用 {version} 构建（{why}）' },
  okNote: { en: 'ok: has a slice for this CPU ({arch})', zh: '正常：有适合这个 CPU 的切片（{arch}）' },
  mismatchNote: { en: 'no slice for this CPU ({hw})', zh: '没有适合这个 CPU（{hw}）的切片' },
  unreadableNote: { en: 'could not be read ({why})', zh: '无法读取（{why}）' },
  scriptNote: { en: 'a script, not a Mach-O executable: what it runs was not followed', zh: '是脚本而不是 Mach-O 可执行文件：没有追踪它实际运行的程序' },
  malformedNote: { en: 'a damaged Mach-O file ({why})', zh: '已损坏的 Mach-O 文件（{why}）' },
  unknownNote: { en: 'the CPU of this Mac is not known', zh: '不知道这台 Mac 的 CPU' },
});
