/** Messages about snapshots: loading, validating, capturing (src/core/snapshot, src/core/snapfile, src/core/host/snapshot.ts). */
import { messages } from '../index';

export const SNAP = messages({
  cannotReadSnapshot: { en: '{path}: cannot read the snapshot ({code})', zh: '{path}：无法读取快照（{code}）' },
  notAFolder: { en: '{path}: not a snapshot folder (not a directory)', zh: '{path}：不是快照文件夹（不是目录）' },
  mustBeString: { en: '{field} must be a string', zh: '{field} 必须是字符串' },
  mustBeInteger: { en: '{field} must be an integer', zh: '{field} 必须是整数' },
  mustBeObject: { en: '{field} must be an object', zh: '{field} 必须是对象' },
  nameTooLong: { en: '{field} has a path component longer than {max} bytes', zh: '{field} 含有超过 {max} 字节的路径组成部分' },
  refused: { en: 'The snapshot was refused: {reason}', zh: '快照被拒绝：{reason}' },
  sparseTooMany: { en: '{path}: more than {max} extents', zh: '{path}：区段数超过 {max}' },
  summaryTitle: { en: 'Machine snapshot: {dir}', zh: '机器快照：{dir}' },
  summaryIntro: {
    en: 'This is everything the folder holds. Read it before you attach the folder to a bug report: it keeps only what the diagnosis reads (no file contents beyond Mach-O headers, environment keys from a fixed list, URL credentials removed).',
    zh: '以下是该文件夹的全部内容。附加到问题报告之前请先阅读：它只保留诊断读取的内容（除 Mach-O 文件头外不含文件内容，环境变量只取固定列表中的键，URL 中的凭据已删除）。',
  },
  summaryFiles: { en: 'Files ({count}, {bytes} bytes)', zh: '文件（{count} 个，{bytes} 字节）' },
  summaryEnv: { en: 'Environment keys kept', zh: '保留的环境变量键' },
  summarySettings: { en: 'Settings kept', zh: '保留的设置' },
  summaryLaunch: { en: 'Launch configuration', zh: '启动配置' },
  summaryCommands: { en: 'Commands recorded (with their output)', zh: '记录的命令（含输出）' },
  summaryNone: { en: '(none)', zh: '（无）' },
});
