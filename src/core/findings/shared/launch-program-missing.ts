/**
 * launch-program-missing: the "program" of the launch configuration does not exist. Delve says so as `could not
 * launch process: open <path>: no such file or directory` (exec mode) or, when go build is given a package path
 * that does not exist, `stat <path>: directory not found` inside a Build Error. Texts recorded from Debian's Delve
 * 1.20.2 (test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { OPEN_NO_SUCH_FILE, saidFix } from '../launchText';

const M = messages({
  programMissing: {
    en: 'The "program" of the launch configuration, {path}, does not exist, so Delve has nothing to build or run.',
    zh: '启动配置中的 "program"（{path}）不存在，因此 Delve 没有可构建或运行的内容。',
  },
  programMissingFix: { en: 'Point "program" at an existing package folder, Go file or executable', zh: '让 "program" 指向一个存在的包文件夹、Go 文件或可执行文件' },
});

export default defineFinding({
  code: 'launch-program-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'The program in launch.json does not exist', zh: 'launch.json 中的 program 不存在' },
  texts: M,
  dap: [
    {
      // Without the prefix the path is the core file's (launch-core-missing) or nothing this module knows.
      re: OPEN_NO_SUCH_FILE,
      build: (m, line, _r, make) => (m[1] ? make({ detail: t(M.programMissing, { path: m[2] ?? '' }), evidence: [line], fixes: [saidFix(t(M.programMissingFix))] }) : undefined),
    },
    {
      // go build of a package path that does not exist (inside a Build Error).
      re: /\bstat (\S+): directory not found/gi,
      build: (m, line, _r, make) => make({ detail: t(M.programMissing, { path: m[1] ?? '' }), evidence: [line], fixes: [saidFix(t(M.programMissingFix))] }),
    },
  ],
});
