/**
 * dlv-not-executable: the dlv vscode-go starts exists but may not be executed: Node's spawn error `spawn X EACCES`
 * (child_process; the file lacks its execute bit or lives on a noexec mount). After F5 and in explain only.
 */
import { messages, t } from '../../i18n';
import { sh } from '../../text';
import { defineFinding } from '../define';
import { installDlvFixes } from '../textFixes';

const X = messages({
  notExecutable: { en: '{path} exists but cannot be executed (permission denied).', zh: '{path} 存在，但无法执行（permission denied）。' },
  makeExecutable: { en: 'Make it executable', zh: '给它加上可执行权限' },
});

export default defineFinding({
  code: 'dlv-not-executable',
  component: 'dlv',
  severity: 'error',
  title: { en: 'dlv is not executable', zh: 'dlv 不可执行' },
  texts: X,
  dap: [
    {
      re: /spawn (\S+) EACCES/gi,
      build: (m, line, _r, make) => make({
        detail: t(X.notExecutable, { path: m[1] ?? 'dlv' }),
        evidence: [line],
        fixes: [{ kind: 'command', title: t(X.makeExecutable), command: m[1] ? sh`chmod +x -- ${m[1]}` : 'chmod +x <dlv>' }, ...installDlvFixes()],
      }),
    },
  ],
});
