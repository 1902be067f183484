/** What the texts of macOS, Xcode and Delve version mismatches mean (src/core/dap/darwin/rules.ts). */
import { messages } from '../index';

export const DAP_MACOS = messages({
  lcUuidDlv: {
    en: 'dyld refused to start {path}: it has no LC_UUID load command, which macOS 26 requires. Go\'s linker writes LC_UUID only from Go 1.24, so this dlv was built with an older Go (delve#4162).',
    zh: 'dyld 拒绝启动 {path}：它没有 LC_UUID 加载命令，而 macOS 26 要求有。Go 链接器从 Go 1.24 起才写入 LC_UUID，所以这个 dlv 是用更旧的 Go 构建的（delve#4162）。',
  },
  lcUuidTarget: {
    en: 'dyld refused to start {path}: it has no LC_UUID load command, which macOS 26 requires. Go\'s internal linker writes LC_UUID only from Go 1.24 (golang/go#68678).',
    zh: 'dyld 拒绝启动 {path}：它没有 LC_UUID 加载命令，而 macOS 26 要求有。Go 内部链接器从 Go 1.24 起才写入 LC_UUID（golang/go#68678）。',
  },
  lcUuidDlvFix: { en: 'Install Go 1.24 or later, then reinstall dlv with it', zh: '安装 Go 1.24 或更新版本，然后用它重新安装 dlv' },
  lcUuidTargetFix: { en: 'Build with Go 1.24 or later, or add -ldflags=-linkmode=external to buildFlags', zh: '用 Go 1.24 或更新版本构建，或在 buildFlags 中添加 -ldflags=-linkmode=external' },
  e97: {
    en: 'debugserver of macOS 15.4 and later refuses register reads that Delve before 1.24.2 asks for ("protocol error E97"), so breakpoints and stepping fail (delve#3964, fixed in 1.24.2).',
    zh: 'macOS 15.4 及更高版本的 debugserver 拒绝 Delve 1.24.2 之前版本发出的寄存器读取（"protocol error E97"），因此断点和单步执行失败（delve#3964，已在 1.24.2 修复）。',
  },
  strx: {
    en: 'Delve before 1.23.1 cannot read the DWARF that Go 1.23 and older write on macOS 15 (a section name truncated to 16 characters; delve#3797, fixed in 1.23.1).',
    zh: '1.23.1 之前的 Delve 无法读取 Go 1.23 及更早版本在 macOS 15 上写出的 DWARF（节名被截断为 16 个字符；delve#3797，已在 1.23.1 修复）。',
  },
  updateDlv: { en: 'Update Delve', zh: '更新 Delve' },
  rodata: {
    en: 'Delve could not read the program\'s debug information nor its symbol table. With Xcode 16 (or its Command Line Tools) and cgo, a Go older than 1.23 links a binary whose DWARF is unreadable (vscode-go#3539, #3547). A `toolchain` line in go.mod or GOTOOLCHAIN can make an older Go build than the one installed.',
    zh: 'Delve 既无法读取程序的调试信息，也无法读取其符号表。在 Xcode 16（或其命令行工具）下使用 cgo 时，早于 1.23 的 Go 链接出的二进制文件 DWARF 无法读取（vscode-go#3539、#3547）。go.mod 中的 `toolchain` 行或 GOTOOLCHAIN 可能让比已安装版本更旧的 Go 来构建。',
  },
  rodataFix: { en: 'Build with Go 1.23 or later (check the toolchain line of go.mod and GOTOOLCHAIN)', zh: '用 Go 1.23 或更新版本构建（检查 go.mod 的 toolchain 行和 GOTOOLCHAIN）' },
});
