/**
 * liblldb-mixed: Homebrew's LLVM is on PATH and the system LLDB (Command Line Tools, Xcode) is installed too; which
 * `lldb` runs depends on PATH order. Information only: Delve uses neither, it talks to debugserver (GROUND_TRUTH §1, §5).
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { defineFinding } from '../define';
import { manual } from '../fixes';

const M = messages({
  mixed: { en: 'Homebrew\'s LLVM ({brew}) is on PATH and the system LLDB ({sys}) is installed too. Which `lldb` runs depends on PATH order; /usr/bin/lldb is an xcselect shim for the active developer dir. Delve uses neither: it talks to debugserver.', zh: 'Homebrew 的 LLVM（{brew}）在 PATH 上，同时也安装了系统 LLDB（{sys}）。运行哪个 `lldb` 取决于 PATH 的顺序；/usr/bin/lldb 是指向当前开发者目录的 xcselect 垫片。Delve 两者都不用：它与 debugserver 通信。' },
  nothing: { en: 'Nothing to change for Go debugging', zh: '对 Go 调试而言无需更改' },
  nothingDetail: { en: 'For lldb or CodeLLDB, choose one LLDB: put its bin directory first on PATH, or set CodeLLDB\'s lldb.library.', zh: '对于 lldb 或 CodeLLDB，请选定一个 LLDB：把它的 bin 目录放在 PATH 最前面，或设置 CodeLLDB 的 lldb.library。' },
});

export default defineFinding({
  code: 'liblldb-mixed',
  component: 'liblldb',
  severity: 'info',
  title: { en: 'Homebrew LLVM and the system LLDB are both present', zh: '同时存在 Homebrew LLVM 和系统 LLDB' },
  texts: M,
  darwin: (x, make) => {
    const brew = x.darwin.lldb.candidates.filter((c) => c.exists && c.kind === 'homebrew' && c.referenced);
    const sys = x.darwin.lldb.candidates.filter((c) => c.exists && (c.kind === 'clt' || c.kind === 'xcode' || c.kind === 'developer-dir'));
    const first = brew[0];
    if (!first || sys.length === 0) return [];
    return [make({
      detail: t(M.mixed, { brew: first.path, sys: String(sys[0]?.path) }),
      evidence: [...brew.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), ...sys.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), 'PATH: ' + (x.env.PATH ?? ''), '`which -a lldb`', '`xcrun --find lldb`'],
      fixes: [manual(t(M.nothing), t(M.nothingDetail))],
    })];
  },
});
