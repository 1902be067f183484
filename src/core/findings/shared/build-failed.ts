/**
 * build-failed: Delve's output event `Build Error: <go build command>\n<compiler output> (exit status N)` and the
 * response `Build error: Check the debug console for details.` (service/dap/server.go:1014,1021): the compiler's
 * lines, when they are beside it, are the evidence and the detail (issue 20 item 10). Generic: a Build Error whose
 * output names a precise cause (a missing program, a cgo link of two CPUs) folds into that cause.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';

const V = messages({
  buildFailedWhy: { en: 'go build failed before Delve could start the program: {error}', zh: '在 Delve 启动程序之前 go build 就失败了：{error}' },
  buildFailed: { en: 'go build failed before Delve could start the program; the Debug Console shows the compiler output.', zh: '在 Delve 启动程序之前 go build 就失败了；调试控制台会显示编译器输出。' },
  fixBuild: { en: 'Fix the build error (run the same go build in a terminal to see it)', zh: '修复构建错误（在终端中运行同样的 go build 即可看到）' },
});

/** The compiler's own lines after a Build Error (`./main.go:3:15: undefined: x`, `# pkg`), not Delve's next messages. */
function compilerLines(after: string): string[] {
  const out: string[] = [];
  for (const raw of after.split('\n')) {
    const l = raw.trim();
    if (!l) continue;
    if (/^(?:failed to launch|build error)\b/i.test(l)) break;
    if (l.startsWith('#')) continue;
    // Go's closing `(exit status N)` dropped; found by lastIndexOf, not by a `\s*…$` regex (quadratic on spaces).
    const cut = l.lastIndexOf('(exit status ');
    out.push(cut >= 0 && /^\(exit status \d+\)$/.test(l.slice(cut)) ? l.slice(0, cut).trimEnd() : l);
  }
  return out.slice(0, 8);
}

export default defineFinding({
  code: 'build-failed',
  component: 'target',
  severity: 'error',
  generic: true,
  title: { en: 'The program did not build', zh: '程序构建失败' },
  texts: V,
  dap: [
    {
      re: /build error:?([^\n]*)((?:\n[^\n]+){0,12})/gi,
      build: (m, line, _r, make) => {
        const output = compilerLines(m[2] ?? '');
        const detail = output[0] ? t(V.buildFailedWhy, { error: output[0] }) : t(V.buildFailed);
        return make({ detail, evidence: [line, ...output], fixes: [{ kind: 'manual', title: t(V.fixBuild) }] });
      },
    },
  ],
});
