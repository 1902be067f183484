/**
 * liblldb-arch-mismatch: a liblldb.dylib / LLDB.framework that something references has no slice for the process
 * that would load it. Delve never loads liblldb (GROUND_TRUTH §1): a warning for LLDB-based tools (lldb, lldb-dap,
 * CodeLLDB). A translated VS Code or shell explains it (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { defineFinding } from '../define';
import { lipo } from '../fixes';
import { hwName } from '../hardware';
import { fixesFor, LIB_KINDS } from '../liblldb';

const M = messages({
  archMismatch: { en: '{path} ({why}) has {archs}; {load|a} process on {hw} cannot load it, so LLDB-based tools that use it fail. Delve does not load liblldb.', zh: '{path}（{why}）包含 {archs}；{hw} 上的 {load} 进程无法加载它，因此使用它的基于 LLDB 的工具会失败。Delve 不加载 liblldb。' },
  evLoadingProcess: { en: 'loading process: {arch}', zh: '加载它的进程：{arch}' },
});

export default defineFinding({
  code: 'liblldb-arch-mismatch',
  component: 'liblldb',
  severity: 'warning',
  title: { en: 'liblldb.dylib has no slice for this CPU', zh: 'liblldb.dylib 没有适合这个 CPU 的切片' },
  texts: M,
  darwin: (x, make) => x.darwin.lldb.candidates
    .filter((c) => c.exists && c.referenced && LIB_KINDS.has(c.kind) && c.loadArch && !c.slice)
    .map((c) => make({
      detail: t(M.archMismatch, { path: c.path, why: c.why, archs: archList(c.binary?.archs), load: c.loadArch ?? '', hw: hwName(x.host.hardware) }),
      evidence: [`${c.path}: ${archList(c.binary?.archs)} (\`${lipo(c.path)}\`)`, t(M.evLoadingProcess, { arch: c.loadArch ?? '' })],
      fixes: fixesFor(c, x),
    })),
});
