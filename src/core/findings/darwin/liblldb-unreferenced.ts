/**
 * liblldb-unreferenced: a Homebrew LLDB that is installed but not on PATH, not in settings and not next to dlv:
 * nothing uses it. Information only: Delve never loads liblldb (GROUND_TRUTH §1).
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { defineFinding } from '../define';
import { lipo, manual } from '../fixes';

const M = messages({
  unreferenced: { en: '{path} ({why}, {archs}) is installed but not on PATH, not in settings and not next to dlv: nothing uses it. Delve never loads liblldb, so it plays no part in Go debugging.', zh: '{path}（{why}，{archs}）已安装，但不在 PATH 上、不在设置中，也不在 dlv 旁边：没有任何东西使用它。Delve 从不加载 liblldb，所以它与 Go 调试无关。' },
  noSlice: { en: ' It also has no {arch} slice.', zh: '它也没有 {arch} 切片。' },
  noChange: { en: 'No change needed', zh: '无需更改' },
  noChangeDetail: { en: 'Leave it, or remove it with `brew uninstall` if you installed it only for Go debugging.', zh: '保留它即可；如果只是为了 Go 调试而安装的，可以用 `brew uninstall` 删除。' },
});

export default defineFinding({
  code: 'liblldb-unreferenced',
  component: 'liblldb',
  severity: 'info',
  title: { en: 'A Homebrew LLDB that nothing uses', zh: '一个没有任何程序使用的 Homebrew LLDB' },
  texts: M,
  darwin: (x, make) => x.darwin.lldb.candidates
    .filter((c) => c.exists && c.kind === 'homebrew' && !c.referenced)
    .map((c) => make({
      detail: t(M.unreferenced, { path: c.path, why: c.why, archs: archList(c.binary?.archs) }) + (c.loadArch && !c.slice ? t(M.noSlice, { arch: c.loadArch }) : ''),
      evidence: [`${c.path}: ${archList(c.binary?.archs)} (\`${lipo(c.path)}\`)`, 'PATH: ' + (x.env.PATH ?? '')],
      fixes: [manual(t(M.noChange), t(M.noChangeDetail))],
    })),
});
