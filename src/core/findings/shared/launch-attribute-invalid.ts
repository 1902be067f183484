/**
 * launch-attribute-invalid: Delve could not decode the configuration, an attribute of the wrong type (an "env" value
 * that is not a string): `invalid debug configuration - cannot unmarshal …` (delve service/dap/server.go;
 * recorded from Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  attributeInvalid: {
    en: 'Delve could not read the configuration: an attribute has the wrong type ({detail}).',
    zh: 'Delve 无法读取配置：某个属性的类型不对（{detail}）。',
  },
  attributeInvalidFix: { en: 'Correct the attribute named in the message (for example, every "env" value must be a string)', zh: '改正消息中提到的属性（例如 "env" 的每个值都必须是字符串）' },
});

export default defineFinding({
  code: 'launch-attribute-invalid',
  component: 'launch',
  severity: 'error',
  title: { en: 'An attribute in launch.json has the wrong type', zh: 'launch.json 中某个属性的类型不对' },
  texts: M,
  dap: [
    {
      re: /invalid debug configuration - (cannot (?:unmarshal|use) [^\n]*)/gi,
      build: (m, line, _r, make) => make({ detail: t(M.attributeInvalid, { detail: m[1] ?? '' }), evidence: [line], fixes: [saidFix(t(M.attributeInvalidFix))] }),
    },
  ],
});
