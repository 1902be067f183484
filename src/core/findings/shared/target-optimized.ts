/**
 * target-optimized: exec of optimized code (build info without -gcflags=…-N -l; `dlv debug` adds
 * `-gcflags=all=-N -l` itself, pkg/gobuild/gobuild.go): Delve runs it, but variables and lines will be wrong
 * (issue 20 item 4).
 */
import { messages, t } from '../../i18n';
import { reached, rebuild } from '../programBuild';
import { defineFinding } from '../define';

const D = messages({
  optimized: {
    en: '{program} was built with optimizations and inlining ({gcflags}): Delve runs it, but variables show as unavailable or wrong, lines jump, and some breakpoints never hit. Debug builds use -gcflags=all=-N -l (what dlv debug adds).',
    zh: '{program} 是在开启优化和内联的情况下构建的（{gcflags}）：Delve 可以运行它，但变量会显示为不可用或错误、行号跳动，某些断点永远不会命中。调试构建应使用 -gcflags=all=-N -l（dlv debug 会自动添加）。',
  },
  noGcflags: { en: 'no -gcflags in its build info', zh: '构建信息中没有 -gcflags' },
  evBuildInfo: { en: '{program}: {flags} (`go version -m`)', zh: '{program}：{flags}（`go version -m`）' },
  evNoGcflags: { en: 'no -gcflags', zh: '没有 -gcflags' },
});

export default defineFinding({
  code: 'target-optimized',
  component: 'target',
  severity: 'warning',
  title: { en: 'The program is optimized: variables and lines will be wrong', zh: '程序经过优化：变量和行号会不准确' },
  texts: D,
  platforms: ['darwin', 'linux'],
  check: (m, make) => {
    const tg = m.target;
    const s = tg.buildSettings;
    if (tg.mode !== 'exec' || !tg.program || !s || tg.dwarf?.error || !reached(m)) return [];
    const gc = s['-gcflags'] ?? '';
    if (/(?:^|\s|=)-N(?=\s|$)/.test(gc) && /(?:^|\s|=)-l(?=\s|$)/.test(gc)) return [];
    return [make({
      detail: t(D.optimized, { program: tg.program, gcflags: gc ? `-gcflags=${gc}` : t(D.noGcflags) }),
      evidence: [t(D.evBuildInfo, { program: tg.program, flags: gc ? `build -gcflags=${gc}` : t(D.evNoGcflags) })],
      fixes: [rebuild(m, tg.program)],
    })];
  },
});
