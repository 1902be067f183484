/**
 * launch-attribute-missing: the attribute a mode needs is missing: `The 'coreFilePath' attribute is missing in
 * debug configuration` (mode core) or `The 'traceDirPath' …` (mode replay) (delve service/dap/server.go:955 and :968
 * at v1.24.0; recorded from Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  attributeMissing: { en: 'The configuration lacks "{attr}", which this mode needs.', zh: '配置缺少此模式需要的 "{attr}"。' },
  attributeMissingFix: { en: 'Add "{attr}" to the configuration in launch.json', zh: '在 launch.json 的配置中添加 "{attr}"' },
});

export default defineFinding({
  code: 'launch-attribute-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'An attribute this mode needs is missing', zh: '缺少此模式需要的属性' },
  texts: M,
  dap: [
    {
      re: /The '(coreFilePath|traceDirPath)' attribute is missing in debug configuration/gi,
      build: (m, line, _r, make) => {
        const attr = m[1] ?? '';
        return make({ detail: t(M.attributeMissing, { attr }), evidence: [line], fixes: [saidFix(t(M.attributeMissingFix, { attr }))] });
      },
    },
  ],
});
