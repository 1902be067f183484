/**
 * liblldb-stale-path: an entry of goLldbDoctor.lldbPaths names an LLDB that no longer exists (moved or uninstalled).
 * Its fix removes the entry; the finding anchors on the setting (present/anchor.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { q } from '../fixes';
import { staleFix } from '../liblldb';

const M = messages({
  stale: { en: 'goLldbDoctor.lldbPaths[{i}] is {path}, which does not exist (an LLDB that was moved or uninstalled).', zh: 'goLldbDoctor.lldbPaths[{i}] 为 {path}，但它不存在（该 LLDB 已被移动或卸载）。' },
});

export default defineFinding({
  code: 'liblldb-stale-path',
  component: 'settings',
  severity: 'warning',
  title: { en: 'An LLDB path in settings points nowhere', zh: '设置中的 LLDB 路径指向不存在的位置' },
  texts: M,
  darwin: (x, make) => x.darwin.lldb.candidates
    .filter((c) => c.kind === 'setting' && !c.exists)
    .map((c) => make({
      detail: t(M.stale, { i: String(c.settingIndex), path: c.path }),
      evidence: [`goLldbDoctor.lldbPaths[${c.settingIndex}] = ${c.path}`, `\`ls -l ${q(c.path)}\`: No such file or directory`],
      fixes: [staleFix(x, c)],
    })),
});
