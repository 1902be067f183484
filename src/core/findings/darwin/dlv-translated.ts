/**
 * dlv-translated: dlv itself runs under Rosetta (an x86_64 build installed with an Intel Go on Apple silicon) and
 * Delve refuses to debug: "can not run under Rosetta, check that the installed build of Go is right for your CPU
 * architecture" (GROUND_TRUTH §2-3). After F5 and in explain (findings/sharedTexts.ts ROSETTA; the terminal/shell
 * form is shell-translated's); before launch the same dlv is dlv-arch-mismatch. A root cause.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { ROSETTA, shellRosetta } from '../sharedTexts';
import { rosettaFixes } from '../fixes';
import { hwEvidence } from '../hardware';
import { dlvEvidence } from '../textFixes';

const R = messages({
  dlvTranslated: { en: 'dlv itself runs under Rosetta: it is an x86_64 build, installed with an Intel (darwin/amd64) Go, on an Apple Silicon Mac. Delve refuses to debug that way.', zh: 'dlv 本身在 Rosetta 下运行：它是用 Intel（darwin/amd64）版 Go 安装的 x86_64 构建，运行在 Apple Silicon Mac 上。Delve 拒绝以这种方式调试。' },
});

export default defineFinding({
  code: 'dlv-translated',
  component: 'dlv',
  severity: 'error',
  rank: 0,
  title: { en: 'dlv runs under Rosetta', zh: 'dlv 在 Rosetta 下运行' },
  texts: R,
  dap: [
    {
      re: ROSETTA,
      build: (m, line, r, make) => (shellRosetta(m) ? undefined : make({ detail: t(R.dlvTranslated), evidence: [line, ...hwEvidence(r), ...dlvEvidence(r)], fixes: rosettaFixes() })),
    },
  ],
});
