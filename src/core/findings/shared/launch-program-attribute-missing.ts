/**
 * launch-program-attribute-missing: no "program" in a configuration whose mode (debug, test, exec) needs one:
 * `The program attribute is missing in debug configuration` (delve service/dap/server.go:944 at v1.24.0; recorded from
 * Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  programAttributeMissing: {
    en: 'The launch configuration has no "program", which modes debug, test and exec need.',
    zh: '启动配置缺少 "program"，而 debug、test 和 exec 模式都需要它。',
  },
  programAttributeFix: { en: 'Add "program": "${workspaceFolder}" (or the package, file or executable to debug)', zh: '添加 "program": "${workspaceFolder}"（或要调试的包、文件或可执行文件）' },
});

export default defineFinding({
  code: 'launch-program-attribute-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'The launch configuration has no "program"', zh: '启动配置没有 "program"' },
  texts: M,
  dap: [
    {
      re: /The program attribute is missing in debug configuration/gi,
      build: (_m, line, _r, make) => make({ detail: t(M.programAttributeMissing), evidence: [line], fixes: [saidFix(t(M.programAttributeFix))] }),
    },
  ],
});
