/** What each ELF reader error code means (src/core/elf/errors.ts), and the notes of what its budgets cut. */
import { messages } from '../index';

export const ELF_ERRORS = messages({
  'read-failed': { en: 'the bytes could not be read (I/O error, or not captured in a snapshot)', zh: '无法读取这些字节（I/O 错误，或快照中没有采集）' },
  'elf-bad-class': { en: 'EI_CLASS is neither 1 (32-bit) nor 2 (64-bit)', zh: 'EI_CLASS 既不是 1（32 位）也不是 2（64 位）' },
  'elf-bad-data': { en: 'EI_DATA is neither 1 (little-endian) nor 2 (big-endian)', zh: 'EI_DATA 既不是 1（小端）也不是 2（大端）' },
  'elf-truncated-header': { en: 'the file ends inside the ELF header', zh: '文件在 ELF 头内部就结束了' },
  'elf-offset-absurd': { en: 'e_phoff or e_shoff is beyond 2^53', zh: 'e_phoff 或 e_shoff 超过 2^53' },
  'elf-entsize-too-small': { en: 'e_phentsize or e_shentsize is below the size of the structure', zh: 'e_phentsize 或 e_shentsize 小于结构体的大小' },
  'elf-table-past-end': { en: 'the program or section header table runs past the end of the file', zh: '程序头表或节头表超出了文件末尾' },
  'elf-table-over-budget': { en: 'the program or section header table exceeds the read budget', zh: '程序头表或节头表超出了读取预算' },
  'elf-shstrtab-past-end': { en: 'the section name table runs past the end of the file', zh: '节名表超出了文件末尾' },
  'elf-interp-bad': { en: 'PT_INTERP is empty, longer than PATH_MAX or past the end of the file', zh: 'PT_INTERP 为空、长于 PATH_MAX 或超出了文件末尾' },
  'elf-interp-no-nul': { en: 'PT_INTERP has no NUL terminator', zh: 'PT_INTERP 没有 NUL 结尾' },
  'buildinfo-truncated': { en: 'Go build info strings run past the data or cannot be resolved', zh: 'Go 构建信息字符串超出了数据范围或无法解析' },
  'too-many-errors': { en: 'more than 64 problems; the rest are not listed', zh: '问题超过 64 个；其余的不再列出' },
  'internal-error': { en: 'a reader bug, caught (please report)', zh: '读取器的缺陷，已被捕获（请报告）' },
});

export const ELF_NOTES = messages({
  namesCut: {
    en: '{n} section names longer than {max} bytes were cut to {max} bytes',
    zh: '有 {n} 个节名长于 {max} 字节，已截断为 {max} 字节',
  },
  namesBudget: {
    en: 'section names cut by the read budget: {named} of {total} sections named ({max} bytes of names per file), the rest not examined',
    zh: '节名受读取预算限制被截断：共 {total} 个节，只读取了 {named} 个节名（每个文件最多 {max} 字节节名），其余未检查',
  },
  tableCut: {
    en: 'section name table cut by the read budget: {read} of {size} bytes read',
    zh: '节名表受读取预算限制被截断：共 {size} 字节，只读取了 {read} 字节',
  },
});

/** The first line `inspect` prints for an ELF file it could not read as one (src/core/elf/format.ts). */
export const ELF_FORMAT = messages({
  cannotRead: { en: 'Cannot read: {path} ({errno})', zh: '无法读取：{path}（{errno}）' },
  notElf: { en: 'Not an ELF file: {path}', zh: '不是 ELF 文件：{path}' },
  malformed: { en: 'Malformed ELF file: {path} ({what})', zh: 'ELF 文件已损坏：{path}（{what}）' },
  staticNoInterpreter: { en: '(none: static)', zh: '（无：静态链接）' },
});
