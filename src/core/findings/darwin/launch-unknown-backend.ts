/**
 * launch-unknown-backend: a `backend` Delve does not know (it knows default, native, lldb and rr): Delve fails with
 * `unknown backend "…"` (delve service/debugger/debugger.go). Before F5 a check of launch.json on macOS; after F5
 * Delve's text, on every platform. In darwin/ although its text rule is every platform's: rank() keeps the rule
 * list's order within one severity and component, and the backend's finding came after the GOARCH/GOOS overrides
 * of launch.json (launch-goos-override is macOS's).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { removeLaunchAttribute } from '../fixes';
import { BACKEND_TEXTS, DELVE_BACKENDS, removeBackend } from '../launchBackend';

const P = messages({
  preflight: { en: 'Delve knows the backends default, native, lldb and rr; "{b}" fails with unknown backend "{b}".', zh: 'Delve 只认识 default、native、lldb 和 rr 这几个后端；"{b}" 会报错 unknown backend "{b}"。' },
  delve: { en: '"backend": "{b}" is not a Delve backend: use default, lldb or rr (or leave it out).', zh: '"backend": "{b}" 不是 Delve 的后端：请使用 default、lldb 或 rr（或不写）。' },
});

export default defineFinding({
  code: 'launch-unknown-backend',
  component: 'launch',
  severity: 'error',
  title: { en: 'Unknown Delve backend', zh: '未知的 Delve 后端' },
  texts: { ...P, ...BACKEND_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => {
    const b = m.launch.backend;
    if (b === undefined || DELVE_BACKENDS.has(b)) return [];
    return [make({ detail: t(P.preflight, { b }), evidence: [`configurations[${m.launch.index}].backend = ${JSON.stringify(b)}`], fixes: [removeBackend(m)] })];
  },
  dap: [
    {
      re: /unknown backend "?([^"\s]*)"?/gi,
      build: (m, line, r, make) => make({
        detail: t(P.delve, { b: m[1] ?? '' }),
        evidence: [line],
        fixes: [removeLaunchAttribute(r.launchIndex, 'backend', `"backend": "${m[1] ?? ''}"`)],
      }),
    },
  ],
});
