/**
 * launch-core-missing: mode "core" and the core file does not exist: Delve says `open <path>: no such file or
 * directory` without the `could not launch process:` prefix of exec mode (recorded from Debian's Delve 1.20.2,
 * test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { OPEN_NO_SUCH_FILE, saidFix } from '../launchText';

const M = messages({
  coreMissing: { en: 'The core file {path} does not exist.', zh: 'core 文件 {path} 不存在。' },
  coreFix: { en: 'Point "coreFilePath" at an existing core dump', zh: '让 "coreFilePath" 指向一个存在的 core 转储文件' },
});

export default defineFinding({
  code: 'launch-core-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'The core file does not exist', zh: 'core 文件不存在' },
  texts: M,
  dap: [
    {
      re: OPEN_NO_SUCH_FILE,
      build: (m, line, r, make) => (!m[1] && r.launch.mode === 'core' ? make({ detail: t(M.coreMissing, { path: m[2] ?? '' }), evidence: [line], fixes: [saidFix(t(M.coreFix))] }) : undefined),
    },
  ],
});
