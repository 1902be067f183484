/** Messages about snapshots: loading, validating, capturing (src/core/snapshot, src/core/host/snapshot.ts). */
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
});
