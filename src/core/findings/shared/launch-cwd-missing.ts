/**
 * launch-cwd-missing: the "cwd" folder does not exist. Delve says `failed to chdir to "<cwd>"` (delve
 * service/dap/server.go:914 at v1.24.0), or builds the program and then cannot start it: `fork/exec
 * <…__debug_bin…>: no such file or directory` for the file just written (recorded from Debian's Delve 1.20.2,
 * test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  cwdMissing: {
    en: 'Delve built {path} and then could not start it: "no such file or directory" for a program it has just written almost always means that the working directory ("cwd") does not exist. This is inferred from Delve\'s message, which does not name the cwd.',
    zh: 'Delve 构建了 {path}，随后却无法启动它：对刚写出的程序报 "no such file or directory"，几乎总是表示工作目录（"cwd"）不存在。这是根据 Delve 的消息推断的，消息本身没有提到 cwd。',
  },
  cwdFix: { en: 'Point "cwd" at an existing folder, or remove it', zh: '让 "cwd" 指向一个存在的文件夹，或删除它' },
});

export default defineFinding({
  code: 'launch-cwd-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'The "cwd" folder does not exist', zh: '"cwd" 文件夹不存在' },
  texts: M,
  dap: [
    {
      re: /fork\/exec (\S*__debug_bin\S*): no such file or directory|failed to chdir to "([^"]*)"/gi,
      build: (m, line, _r, make) => make({ detail: t(M.cwdMissing, { path: m[1] ?? m[2] ?? '' }), evidence: [line], fixes: [saidFix(t(M.cwdFix))] }),
    },
  ],
});
