/**
 * target-trimpath: a program built with -trimpath (build info `-trimpath=true`, or in buildFlags/GOFLAGS; issue 20
 * items 4 and 9): file names become module paths, so the editor's absolute breakpoints do not bind (Delve 1.20.2:
 * `location "/abs/main.go:5" not found`; Delve 1.26.1+: "Warning: debugging executable built with trimpath",
 * service/dap/server.go:2438-2445, #4241); remedy substitutePath (vscode-go docs/debugging.md). Delve's warning
 * after F5 carries this code too, so the cause seen before F5 and Delve's words merge into one finding.
 */
import { messages, t } from '../../i18n';
import { RULES_DEBUGINFO as S } from '../../i18n/messages/rules-debuginfo';
import { builds } from '../../probe/target';
import { buildFlagTexts, reached, rebuild } from '../programBuild';
import { manual } from '../fixes';
import { defineFinding } from '../define';
import BREAKPOINTS from './breakpoints-path-mismatch';

const D = messages({
  trimpath: {
    en: '{what} is built with -trimpath: its file names are module paths (e.g. example.com/m/main.go), not the paths VS Code sends, so breakpoints set in the editor do not bind ("location … not found", "could not find file"; Delve 1.26.1+ also prints "Warning: debugging executable built with trimpath"). Remove -trimpath from debug builds, or map the paths with "substitutePath" in launch.json.',
    zh: '{what} 使用 -trimpath 构建：其中的文件名是模块路径（例如 example.com/m/main.go），而不是 VS Code 发送的路径，因此在编辑器中设置的断点无法绑定（"location … not found"、"could not find file"；Delve 1.26.1+ 还会打印 "Warning: debugging executable built with trimpath"）。请在调试构建中去掉 -trimpath，或在 launch.json 中用 "substitutePath" 映射路径。',
  },
  theProgram: { en: 'The program Delve builds', zh: 'Delve 构建的程序' },
  substitutePath: { en: 'Or add "substitutePath" to launch.json: from the workspace folder to the module path', zh: '或在 launch.json 中添加 "substitutePath"：从工作区文件夹映射到模块路径' },
  text: {
    en: 'The program was built with -trimpath: Delve knows its sources by module path (example: <module>/main.go), not by the workspace\'s paths, so breakpoints set in the workspace do not verify without substitutePath. Remove -trimpath from debug builds, or map the workspace folder to the module path.',
    zh: '程序是以 -trimpath 构建的：Delve 按模块路径（例如 <module>/main.go）而不是工作区路径识别源文件，因此没有 substitutePath 时，在工作区中设置的断点无法验证。请在调试构建中去掉 -trimpath，或把工作区文件夹映射到模块路径。',
  },
  removeTrimpath: { en: 'Remove -trimpath from buildFlags (or add substitutePath to launch.json)', zh: '从 buildFlags 中去掉 -trimpath（或在 launch.json 中添加 substitutePath）' },
});

export default defineFinding({
  code: 'target-trimpath',
  component: 'target',
  severity: 'warning',
  title: { en: 'The program is built with -trimpath: breakpoints will not bind', zh: '程序使用 -trimpath 构建：断点无法绑定' },
  texts: D,
  platforms: ['darwin', 'linux'],
  check: (m, make) => {
    const tg = m.target;
    let evidence: string | undefined;
    if (!reached(m)) return [];
    // Without DWARF Delve refuses the file anyway (target-no-debug-info): paths do not matter then.
    if (tg.mode === 'exec' && tg.buildSettings?.['-trimpath'] === 'true' && tg.dwarf?.error?.code !== 'no-debug-info') evidence = `${tg.program ?? ''}: build -trimpath=true (\`go version -m\`)`;
    else if (builds(tg.mode)) {
      const hit = buildFlagTexts(m).find((x) => /(?:^|\s)-{1,2}trimpath(?:=true)?(?=\s|$)/.test(x.text));
      if (hit) evidence = `${hit.where}: ${hit.text}`;
    }
    if (!evidence) return [];
    const fixes = [manual(t(D.substitutePath))];
    if (builds(tg.mode)) fixes.unshift(manual(t(S.removeFlags, { flags: '-trimpath' })));
    else if (tg.program) fixes.unshift(rebuild(m, tg.program));
    return [make({ detail: t(D.trimpath, { what: tg.mode === 'exec' ? (tg.program ?? '') : t(D.theProgram) }), evidence: [evidence], fixes })];
  },
  dap: [
    {
      // The warning names the build, not one breakpoint: no substitutePath can be computed from it alone.
      re: /debugging executable built with trimpath/gi,
      build: (_m, line, _r, make) => make({
        detail: t(D.text),
        evidence: [line],
        fixes: [{ kind: 'manual', title: t(BREAKPOINTS.texts.showDelvePath) }, { kind: 'manual', title: t(D.removeTrimpath) }],
      }),
    },
  ],
});
