/** Messages about files the readers refuse or cut: JSONC nesting, Mach-O budgets and truncation (safety-parse). */
import { messages } from '../index';

export const PARSE = messages({
  jsonTooDeep: { en: 'nested deeper than {max} levels', zh: '嵌套超过 {max} 层' },
  machoBudgetCommands: {
    en: 'load commands cut by the read budget: {read} of {total} read, the rest not examined',
    zh: '加载命令受读取预算限制被截断：共 {total} 条，只读取了 {read} 条，其余未检查',
  },
  machoTruncatedFile: {
    en: 'truncated file: segment {segment} ends at {end}, file has {size} bytes',
    zh: '文件不完整：段 {segment} 结束于 {end}，文件只有 {size} 字节',
  },
  machoNcmdsMismatch: {
    en: 'ncmds {ncmds} disagrees with sizeofcmds {sizeofcmds}: {read} load commands fill {used} bytes',
    zh: 'ncmds（{ncmds}）与 sizeofcmds（{sizeofcmds}）不一致：{read} 条加载命令占用 {used} 字节',
  },
});
