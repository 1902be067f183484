/** What each Mach-O reader error code means (src/core/macho/errors.ts), shown in inspect and component notes. */
import { messages } from '../index';

export const MACHO_ERRORS = messages({
  'read-failed': { en: 'the bytes could not be read (I/O error, or not captured in a snapshot)', zh: '无法读取这些字节（I/O 错误，或快照中没有采集）' },
  'truncated-fat-header': { en: 'the file ends inside the 8-byte fat header', zh: '文件在 8 字节的 fat 头内部就结束了' },
  'truncated-fat-table': { en: 'the fat table runs past the end of the file', zh: 'fat 表超出了文件末尾' },
  'fat-no-archs': { en: 'nfat_arch is 0', zh: 'nfat_arch 为 0' },
  'fat-nfat-absurd': { en: 'nfat_arch is above 64 (only plausible entries are read)', zh: 'nfat_arch 大于 64（只读取合理的条目）' },
  'slice-past-end': { en: 'a slice offset or size runs past the end of the file', zh: '某个切片的偏移或大小超出了文件末尾' },
  'slice-overlaps-fat-table': { en: 'a slice starts inside the fat header or table', zh: '某个切片从 fat 头或 fat 表内部开始' },
  'slice-misaligned': { en: 'a slice offset is not a multiple of its 2^align', zh: '某个切片的偏移不是其 2^align 的整数倍' },
  'slice-align-absurd': { en: 'a slice align is above 2^15', zh: '某个切片的 align 大于 2^15' },
  'slices-overlap': { en: 'two slices overlap', zh: '两个切片相互重叠' },
  'duplicate-arch': { en: 'two slices have the same cputype and cpusubtype', zh: '两个切片的 cputype 和 cpusubtype 相同' },
  'fat-in-fat': { en: 'a slice is itself a universal file', zh: '某个切片本身又是一个通用（universal）文件' },
  'slice-not-macho': { en: 'a slice has no Mach-O magic', zh: '某个切片没有 Mach-O 魔数' },
  'slice-cputype-mismatch': { en: "the fat table and the slice's mach header disagree on the CPU", zh: 'fat 表与切片的 mach 头对 CPU 的说法不一致' },
  'truncated-mach-header': { en: 'the file or slice ends inside the mach header', zh: '文件或切片在 mach 头内部就结束了' },
  'sizeofcmds-past-end': { en: 'sizeofcmds runs past the end of the slice', zh: 'sizeofcmds 超出了切片末尾' },
  'ncmds-exceeds-sizeofcmds': { en: 'ncmds commands cannot fit in sizeofcmds', zh: 'ncmds 条加载命令无法放进 sizeofcmds' },
  'sizeofcmds-overlaps-sections': { en: 'sizeofcmds reaches into section data: ncmds and sizeofcmds disagree', zh: 'sizeofcmds 延伸到了节数据中：ncmds 与 sizeofcmds 不一致' },
  'truncated-file': { en: 'a segment ends past the end of the file (a partly written or downloaded file)', zh: '某个段的结尾超出了文件末尾（文件只写入或下载了一部分）' },
  'ncmds-past-sizeofcmds': { en: 'fewer load commands fit in sizeofcmds than ncmds says', zh: 'sizeofcmds 中能容纳的加载命令比 ncmds 所说的少' },
  'truncated-load-command': { en: 'a load command is cut off by the end of the file or the read budget', zh: '某条加载命令被文件末尾或读取预算截断' },
  'cmdsize-zero': { en: 'a load command has cmdsize 0', zh: '某条加载命令的 cmdsize 为 0' },
  'cmdsize-too-small': { en: 'a load command has cmdsize below 8', zh: '某条加载命令的 cmdsize 小于 8' },
  'cmdsize-misaligned': { en: 'cmdsize is not a multiple of 4 (32-bit) or 8 (64-bit)', zh: 'cmdsize 不是 4（32 位）或 8（64 位）的整数倍' },
  'cmdsize-past-sizeofcmds': { en: 'a load command runs past sizeofcmds', zh: '某条加载命令超出了 sizeofcmds' },
  'load-command-too-small': { en: 'a load command is smaller than its structure', zh: '某条加载命令比它的结构还小' },
  'string-out-of-bounds': { en: 'a string offset (lc_str) points outside its load command', zh: '某个字符串偏移（lc_str）指向其加载命令之外' },
  'string-no-nul': { en: 'a string has no NUL inside its load command', zh: '某个字符串在其加载命令内没有 NUL 结尾' },
  'build-version-ntools': { en: 'LC_BUILD_VERSION ntools runs past the command', zh: 'LC_BUILD_VERSION 的 ntools 超出了该命令' },
  'nsects-past-cmdsize': { en: 'a segment command lists more sections than fit in it', zh: '某条段命令列出的节多于它能容纳的数量' },
  'buildinfo-bad-magic': { en: '__go_buildinfo does not start with the Go build info magic', zh: '__go_buildinfo 不是以 Go 构建信息魔数开头' },
  'buildinfo-truncated': { en: 'Go build info strings run past the section or cannot be resolved', zh: 'Go 构建信息字符串超出了该节或无法解析' },
  'too-many-errors': { en: 'more than 64 problems; the rest are not listed', zh: '问题超过 64 个；其余的不再列出' },
  'internal-error': { en: 'a reader bug, caught (please report)', zh: '读取器的缺陷，已被捕获（请报告）' },
});

export const MACHO = messages({
  notMacho: { en: 'not a Mach-O file ({kind})', zh: '不是 Mach-O 文件（{kind}）' },
  /** inspect's first line of a file that is not a readable Mach-O (a readable one gets lipo's own words). */
  lineMalformed: { en: 'Malformed Mach-O file: {path}', zh: 'Mach-O 文件已损坏：{path}' },
  lineMalformedArchs: { en: 'Malformed Mach-O file: {path} (architectures read: {archs})', zh: 'Mach-O 文件已损坏：{path}（已读出的架构：{archs}）' },
  lineNotMacho: { en: 'Not a Mach-O file: {path} ({kind})', zh: '不是 Mach-O 文件：{path}（{kind}）' },
  lineCannotRead: { en: 'Cannot read: {path} ({error})', zh: '无法读取：{path}（{error}）' },
});
