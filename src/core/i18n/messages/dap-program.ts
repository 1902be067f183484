/** Texts of Delve's words about the program's debug information after F5 (src/core/dap/rules-program.ts). */
import { messages } from '../index';

export const DAP_PROGRAM = messages({
  lineStrPanic: {
    en: 'Delve panicked in parseFileEntries5 while reading the program\'s DWARF 5 line tables: Delve 1.26.2 does not find the __debug_line_str section of a Mach-O file (delve#4311). Fixed in Delve 1.26.3 (#4315).',
    zh: 'Delve 在读取程序的 DWARF 5 行号表时于 parseFileEntries5 中崩溃：Delve 1.26.2 找不到 Mach-O 文件的 __debug_line_str 节（delve#4311）。已在 Delve 1.26.3 修复（#4315）。',
  },
  trimpath: {
    en: 'Delve says the program is built with -trimpath: its file names are module paths, so breakpoints set in the editor do not bind. Remove -trimpath from debug builds, or map the paths with "substitutePath".',
    zh: 'Delve 指出程序使用 -trimpath 构建：其中的文件名是模块路径，因此在编辑器中设置的断点无法绑定。请在调试构建中去掉 -trimpath，或用 "substitutePath" 映射路径。',
  },
  updateDlv: { en: 'Update Delve', zh: '更新 Delve' },
  removeTrimpath: { en: 'Remove -trimpath from buildFlags (or add substitutePath to launch.json)', zh: '从 buildFlags 中去掉 -trimpath（或在 launch.json 中添加 substitutePath）' },
});
