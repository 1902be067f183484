/**
 * launch-rr-missing: the configuration asks for the rr backend and Delve finds no rr: Delve says only `backend
 * unavailable` (recorded from Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json), the words it uses
 * for a missing debugserver or lldb-server too (GROUND_TRUTH §2).
 * Which stub is missing depends on the backend asked for: with backend "rr" the words are this module's, else
 * debugserver-not-found's (a Mac) or lldb-server-missing's (off it), whose rules read the same pattern.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { STUB_NOT_FOUND } from '../debugserver';
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
  dap: [
    {
      re: STUB_NOT_FOUND,
      build: (_m, line, r, make) => (r.launch.backend === 'rr' ? make({ detail: t(M.rrMissing), evidence: [line], fixes: [saidFix(t(M.rrFix))] }) : undefined),
    },
  ],
});
export default MODULE;
