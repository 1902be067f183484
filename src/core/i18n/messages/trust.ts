/** Messages of the workspace-trust gate (src/core/probe/trust.ts). */
import { messages } from '../index';

export const TRUST = messages({
  skipped: { en: '{command} (its path comes from {source})', zh: '{command}（其路径来自 {source}）' },
  note: {
    en: 'Did not run {command}: its path comes from {source}, a value of this untrusted workspace; its headers were read only.',
    zh: '未运行 {command}：其路径来自 {source}，这是不受信任的工作区中的值；仅读取了其文件头。',
  },
});
