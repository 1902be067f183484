/**
 * launch-failed: Delve's `Failed to launch: <why>`; Delve ≥ 1.26.1 names what it launched: `Failed to launch
 * <program>: `, `… tests of <program>: `, `… core file <path>: ` (delve service/dap/server.go:1279,1365, #4264); exec
 * mode and errors before the build keep `Failed to launch: `. Generic: it says only that the launch failed, so a
 * precise finding from the same text takes it in (findings/merge.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding, type TextContext } from '../define';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const V = messages({
  launchFailed: { en: 'Delve could not launch the program.', zh: 'Delve 无法启动该程序。' },
  launchFailedWhy: { en: 'Delve could not launch the program: {why}', zh: 'Delve 无法启动该程序：{why}' },
});

function launchEvidence(r: TextContext): string[] {
  const l = r.launch;
  const parts = [l.mode && `mode=${l.mode}`, l.backend && `backend=${l.backend}`, l.goarch && `env.GOARCH=${l.goarch}`].filter(Boolean);
  return parts.length ? [t(EV.launchRequest, { what: parts.join(', ') })] : [];
}

export default defineFinding({
  code: 'launch-failed',
  component: 'dlv',
  severity: 'error',
  generic: true,
  title: { en: 'Delve could not launch the program', zh: 'Delve 无法启动程序' },
  texts: V,
  dap: [
    {
      re: /failed to launch(?!\s+dlv)(?:(?: tests of| core file)? [^\n:]+)?(?::\s*([^\n]*))?/gi,
      // `Failed to launch: Build error: …` is the build's failure (build-failed), not a generic one on dlv.
      build: (m, line, r, make) => (/^build error\b/i.test(m[1] ?? '') ? undefined : make({ detail: m[1] ? t(V.launchFailedWhy, { why: m[1] }) : t(V.launchFailed), evidence: [line, ...launchEvidence(r)] })),
    },
  ],
});
