/** Texts of the DWARF 5 rule (src/core/rules/dwarf5.ts). */
import { messages } from '../index';

const ERR = '"To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later"';

export const RULES_DWARF5 = messages({
  why: {
    en: 'dlv was built with {dlvGo}, and the program\'s Go compile units are DWARF 5 ({how}). Go\'s debug/dwarf before 1.25 misreads DWARF 5.',
    zh: 'dlv 由 {dlvGo} 构建，而程序的 Go 编译单元是 DWARF 5（{how}）。1.25 之前的 Go debug/dwarf 会误读 DWARF 5。',
  },
  refuses: { en: `Delve {delve} refuses it: ${ERR}.`, zh: `Delve {delve} 会拒绝：${ERR}。` },
  warnOnly: {
    en: `dlvFlags has --check-go-version=false, so Delve {delve} only prints ${ERR} and goes on with a reader that misreads the program (wrong variables and lines, breakpoints that do not bind).`,
    zh: `dlvFlags 中有 --check-go-version=false，因此 Delve {delve} 只打印 ${ERR} 并继续运行，而它的读取器会误读程序（变量和行号错误，断点无法绑定）。`,
  },
  misreads: {
    en: 'Delve {delve} is older than 1.24.2, which added the check: it starts and misreads the program (wrong variables and lines, breakpoints that do not bind, or "could not read debug info").',
    zh: 'Delve {delve} 早于加入此检查的 1.24.2：它会启动并误读程序（变量和行号错误、断点无法绑定，或 "could not read debug info"）。',
  },
  howRead: { en: 'read from the file: {n} Go units', zh: '从文件读取：{n} 个 Go 单元' },
  howLinux: { en: '{go} writes DWARF 5 on Linux', zh: '{go} 在 Linux 上生成 DWARF 5' },
  howExperiment: { en: '{go} with GOEXPERIMENT={exp}', zh: '{go}，GOEXPERIMENT={exp}' },
  fix: { en: 'Reinstall dlv with Go 1.25 or later', zh: '用 Go 1.25 或更新版本重新安装 dlv' },
  fixNoDwarf5: { en: 'Or build the program without DWARF 5 (launch env GOEXPERIMENT=nodwarf5)', zh: '或不使用 DWARF 5 构建程序（launch env 中设置 GOEXPERIMENT=nodwarf5）' },
});
