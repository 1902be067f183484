/**
 * liblldb-dependency-arch: a library that debugserver or a referenced LLDB loads is built for another CPU than the
 * process loading it. debugserver's are errors of the stub (it cannot start); an LLDB's are warnings for the
 * LLDB-based tools that load it (Delve never loads liblldb, GROUND_TRUTH §1). A translated VS Code or shell
 * explains it (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { lipo } from '../fixes';
import { hwName } from '../hardware';
import { depLine, dependencyRoots, rootParts } from '../liblldb';

const M = messages({
  depArch1: { en: 'A library that {path} loads is built for another CPU than the {load} process loading it ({hw}), so {who}.', zh: '{path} 加载的一个库是为另一种 CPU 构建的，与加载它的 {load} 进程（{hw}）不符，因此{who}。' },
  depArchN: { en: '{n} libraries that {path} loads are built for another CPU than the {load} process loading it ({hw}), so {who}.', zh: '{path} 加载的 {n} 个库是为另一种 CPU 构建的，与加载它们的 {load} 进程（{hw}）不符，因此{who}。' },
});

export default defineFinding({
  code: 'liblldb-dependency-arch',
  component: 'liblldb',
  severity: 'warning',
  title: { en: 'A dependency of LLDB is built for the other CPU', zh: 'LLDB 的一个依赖项是为另一种 CPU 构建的' },
  texts: M,
  darwin: (x, make) => dependencyRoots(x).flatMap((root) => {
    const arch = root.deps.filter((d) => d.status === 'arch');
    if (arch.length === 0) return [];
    const { who, component, severity } = rootParts(root);
    const f = make({
      ...(severity ? { severity } : {}),
      detail: t(arch.length === 1 ? M.depArch1 : M.depArchN, { n: arch.length, path: root.path, load: String(arch[0]?.loadArch), hw: hwName(x.host.hardware), who }),
      evidence: [...arch.slice(0, 6).map(depLine), ...arch.slice(0, 2).map((d) => `\`${lipo(d.resolved ?? d.name)}\``)],
      fixes: root.fixes,
    });
    return [component ? { ...f, component } : f];
  }),
});
