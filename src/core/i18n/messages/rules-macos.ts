/** Texts of the macOS × Xcode × Delve × Go rules (src/core/rules/macos.ts). */
import { messages } from '../index';

export const RULES_MACOS = messages({
  dlvNoUuid: {
    en: 'macOS {os} refuses to start programs without an LC_UUID load command ("dyld: missing LC_UUID load command in {path}"), and this dlv has none: it was built with {go}, and Go\'s linker writes LC_UUID only from Go 1.24 (delve#4162).',
    zh: 'macOS {os} 拒绝启动没有 LC_UUID 加载命令的程序（"dyld: missing LC_UUID load command in {path}"），而这个 dlv 没有：它是用 {go} 构建的，Go 链接器从 Go 1.24 起才写入 LC_UUID（delve#4162）。',
  },
  targetNoUuid: {
    en: 'macOS {os} refuses to start programs without an LC_UUID load command, and {path} has none ("dyld: missing LC_UUID load command"). Go\'s internal linker writes LC_UUID only from Go 1.24.',
    zh: 'macOS {os} 拒绝启动没有 LC_UUID 加载命令的程序，而 {path} 没有（"dyld: missing LC_UUID load command"）。Go 内部链接器从 Go 1.24 起才写入 LC_UUID。',
  },
  buildNoUuid: {
    en: 'On macOS {os} the program Delve builds must have an LC_UUID load command, and {go} (the Go that builds it) writes none with its internal linker, so dyld would refuse it ("missing LC_UUID load command"). Not checked: a program that uses cgo is linked by Apple\'s ld, which writes LC_UUID.',
    zh: '在 macOS {os} 上，Delve 构建的程序必须带有 LC_UUID 加载命令，而构建它的 {go} 使用内部链接器时不会写入，因此 dyld 会拒绝它（"missing LC_UUID load command"）。未检查：使用 cgo 的程序由 Apple 的 ld 链接，会写入 LC_UUID。',
  },
  uuidGoFix: { en: 'Install Go 1.24 or later, then reinstall dlv with it', zh: '安装 Go 1.24 或更新版本，然后用它重新安装 dlv' },
  uuidBuildFix: { en: 'Build with Go 1.24 or later, or add -ldflags=-linkmode=external to buildFlags', zh: '用 Go 1.24 或更新版本构建，或在 buildFlags 中添加 -ldflags=-linkmode=external' },
  e97: {
    en: 'On macOS {os} (15.4 and later) debugserver refuses register reads that Delve {delve} asks for ("protocol error E97 during register read"): breakpoints are not hit and stepping fails. Fixed in Delve 1.24.2 (delve#3964).',
    zh: '在 macOS {os}（15.4 及更高版本）上，debugserver 拒绝 Delve {delve} 发出的寄存器读取（"protocol error E97 during register read"）：断点不会命中，单步执行失败。已在 Delve 1.24.2 修复（delve#3964）。',
  },
  strx: {
    en: 'On macOS {os}, Delve {delve} cannot read the DWARF that {go} writes ("DW_FORM_strx with no .debug_str_offsets section"; delve#3797, fixed in Delve 1.23.1).',
    zh: '在 macOS {os} 上，Delve {delve} 无法读取 {go} 写出的 DWARF（"DW_FORM_strx with no .debug_str_offsets section"；delve#3797，已在 Delve 1.23.1 修复）。',
  },
  updateDlv: { en: 'Update Delve', zh: '更新 Delve' },
  xcode16: {
    en: 'The LLDB of this Mac is from the Xcode 16 family ({lldb}), and {go} builds the program. With cgo, Go older than 1.23 and Xcode 16\'s linker produce DWARF Delve cannot read ("could not read debug info … could not find rodata struct member"; vscode-go#3539). Not checked: whether the program uses cgo (any import "C", e.g. go-sqlite3).',
    zh: '这台 Mac 的 LLDB 属于 Xcode 16 系列（{lldb}），而构建程序的是 {go}。使用 cgo 时，早于 1.23 的 Go 与 Xcode 16 的链接器生成的 DWARF Delve 无法读取（"could not read debug info … could not find rodata struct member"；vscode-go#3539）。未检查：程序是否使用 cgo（任何 import "C"，例如 go-sqlite3）。',
  },
  xcode16Fix: { en: 'Build with Go 1.23 or later (check the toolchain line of go.mod and GOTOOLCHAIN)', zh: '用 Go 1.23 或更新版本构建（检查 go.mod 的 toolchain 行和 GOTOOLCHAIN）' },
});
