/** Texts of Delve's words about the program's debug information after F5 (src/core/dap/rules-program.ts). */
import { messages } from '../index';

export const DAP_PROGRAM = messages({
  lineStrPanic: {
    en: 'Delve panicked in parseFileEntries5 while reading the program\'s DWARF 5 line tables: Delve 1.26.2 does not find the __debug_line_str section of a Mach-O file (delve#4311). Fixed in Delve 1.26.3 (#4315).',
    zh: 'Delve 在读取程序的 DWARF 5 行号表时于 parseFileEntries5 中崩溃：Delve 1.26.2 找不到 Mach-O 文件的 __debug_line_str 节（delve#4311）。已在 Delve 1.26.3 修复（#4315）。',
  },
  updateDlv: { en: 'Update Delve', zh: '更新 Delve' },
  removeTrimpath: { en: 'Remove -trimpath from buildFlags (or add substitutePath to launch.json)', zh: '从 buildFlags 中去掉 -trimpath（或在 launch.json 中添加 substitutePath）' },
});
