/**
 * launch-mode-unsupported: a "mode" Delve does not know for the request: `unsupported 'mode' attribute "<mode>"`
 * (delve service/dap/server.go:938 and :1971 at v1.24.0; recorded from Debian's Delve 1.20.2,
 * test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  modeUnsupported: {
    en: 'Delve does not know the mode "{mode}" for this request. launch takes auto, debug, test, exec, replay or core; attach takes local or remote.',
    zh: 'Delve 不认识此请求的 mode "{mode}"。launch 可用 auto、debug、test、exec、replay 或 core；attach 可用 local 或 remote。',
  },
  modeFix: { en: 'Set "mode" to one Delve knows', zh: '把 "mode" 设为 Delve 认识的值' },
});

export default defineFinding({
  code: 'launch-mode-unsupported',
  component: 'launch',
  severity: 'error',
  title: { en: 'Delve does not know this "mode"', zh: 'Delve 不认识这个 "mode"' },
  texts: M,
  dap: [
    {
      re: /unsupported 'mode' attribute "([^"]*)"/gi,
      build: (m, line, _r, make) => make({ detail: t(M.modeUnsupported, { mode: m[1] ?? '' }), evidence: [line], fixes: [saidFix(t(M.modeFix))] }),
    },
  ],
});
