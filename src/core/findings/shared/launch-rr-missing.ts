/**
 * launch-rr-missing: the configuration asks for the rr backend and Delve finds no rr: Delve says only `backend
 * unavailable` (recorded from Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json), the words it uses
 * for a missing debugserver or lldb-server too (GROUND_TRUTH §2).
 * Which stub is missing depends on the backend asked for: the classifier's rule for those words
 * (dap/rules-delve.ts, through dap/rules-launch.ts `backendUnavailable`) asks this module first.
 */
import { messages, t } from '../../i18n';
import type { Finding } from '../../report/types';
import { defineFinding, type TextContext } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  rrMissing: {
    en: 'The configuration asks for the rr backend (record and replay), and Delve found no rr to run.',
    zh: '配置要求使用 rr 后端（录制与回放），但 Delve 找不到可运行的 rr。',
  },
  rrFix: { en: 'Remove "backend": "rr" (or install rr from https://rr-project.org)', zh: '删除 "backend": "rr"（或从 https://rr-project.org 安装 rr）' },
});

const MODULE = defineFinding({
  code: 'launch-rr-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'backend "rr" needs rr, which is not installed', zh: '"rr" 后端需要 rr，但没有安装' },
  texts: M,
});
export default MODULE;

/** `backend unavailable` (the line holding it) with backend "rr" asked for: this finding; else none. */
export function rrMissing(line: string, r: TextContext): Finding | undefined {
  if (r.launch.backend !== 'rr') return undefined;
  return MODULE.make({ detail: t(M.rrMissing), evidence: [line], fixes: [saidFix(t(M.rrFix))] });
}
