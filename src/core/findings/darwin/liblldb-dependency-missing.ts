/**
 * liblldb-dependency-missing: a library that debugserver or a referenced LLDB loads cannot be found (its LC_RPATHs
 * and install names followed as dyld does, probe/darwin). debugserver's are errors of the stub (it cannot start);
 * an LLDB's are warnings for the LLDB-based tools that load it (Delve never loads liblldb, GROUND_TRUTH §1).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { q } from '../fixes';
import { depLine, dependencyRoots, rootParts } from '../liblldb';

const M = messages({
  depMissing1: { en: 'A library that {path} loads cannot be found, so {who}.', zh: '{path} 加载的一个库找不到，因此{who}。' },
  depMissingN: { en: '{n} libraries that {path} loads cannot be found, so {who}.', zh: '{path} 加载的 {n} 个库找不到，因此{who}。' },
});

export default defineFinding({
  code: 'liblldb-dependency-missing',
  component: 'liblldb',
  severity: 'warning',
  title: { en: 'A dependency of LLDB cannot be found', zh: '找不到 LLDB 的一个依赖项' },
  texts: M,
  darwin: (x, make) => dependencyRoots(x).flatMap((root) => {
    const missing = root.deps.filter((d) => d.status === 'missing');
    if (missing.length === 0) return [];
    const { who, component, severity } = rootParts(root);
    const loader = missing[0]?.loader ?? root.path;
    const f = make({
      ...(severity ? { severity } : {}),
      detail: t(missing.length === 1 ? M.depMissing1 : M.depMissingN, { n: missing.length, path: root.path, who }),
      evidence: [...missing.slice(0, 6).map(depLine), `\`otool -L ${q(loader)}\``, `\`otool -l ${q(loader)} | grep -A2 LC_RPATH\``],
      fixes: root.fixes,
    });
    return [component ? { ...f, component } : f];
  }),
});
