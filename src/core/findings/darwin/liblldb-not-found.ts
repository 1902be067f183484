/**
 * liblldb-not-found: no LLDB.framework and no liblldb.dylib anywhere the probe looks (Command Line Tools, Xcode,
 * Homebrew LLVM; GROUND_TRUTH §5). Information only: Delve needs debugserver, which the same Command Line Tools ship.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { manual } from '../fixes';
import { absentLine } from '../evidence';

const M = messages({
  notFound: { en: 'No LLDB.framework and no liblldb.dylib were found (Command Line Tools, Xcode, Homebrew LLVM).', zh: '没有找到 LLDB.framework，也没有找到 liblldb.dylib（Command Line Tools、Xcode、Homebrew LLVM）。' },
  installClt: { en: 'Install the Command Line Tools if Delve reports no debugserver', zh: '如果 Delve 报告找不到 debugserver，请安装 Command Line Tools' },
  installCltDetail: { en: 'xcode-select --install', zh: '在终端中运行：xcode-select --install' },
});

export default defineFinding({
  code: 'liblldb-not-found',
  component: 'liblldb',
  severity: 'info',
  title: { en: 'No LLDB.framework or liblldb.dylib found', zh: '找不到 LLDB.framework 或 liblldb.dylib' },
  texts: M,
  darwin: (x, make) => {
    const candidates = x.darwin.lldb.candidates;
    if (candidates.some((c) => c.exists)) return [];
    return [make({
      detail: t(M.notFound),
      evidence: candidates.filter((c) => c.kind !== 'homebrew-lldb').slice(0, 8).map((c) => absentLine(c.path)),
      fixes: [manual(t(M.installClt), t(M.installCltDetail))],
    })];
  },
});
