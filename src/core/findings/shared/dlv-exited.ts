/**
 * dlv-exited: vscode-go's `dlv dap (<pid>) exited with code: <n>` / `was killed by signal: <name>` before the session
 * started (goDebugFactory.ts), and the debug adapter's own exit (dap/watch.ts). Generic: what Delve printed before
 * it exited names the cause, and a precise finding from it takes this one in (findings/merge.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';

const V = messages({
  dlvKilled: { en: 'dlv dap (pid {pid}) was killed by {signal} before the session could start.', zh: 'dlv dap（pid {pid}）在会话开始之前被 {signal} 终止。' },
  dlvExited: { en: 'dlv dap (pid {pid}) exited with code {code} before the session could start.', zh: 'dlv dap（pid {pid}）在会话开始之前退出，退出码为 {code}。' },
  evKilled: { en: 'debug adapter was killed by signal {signal}', zh: '调试适配器被信号 {signal} 终止' },
  evExited: { en: 'debug adapter exited with code {code}', zh: '调试适配器已退出，退出码为 {code}' },
});

export default defineFinding({
  code: 'dlv-exited',
  component: 'dlv',
  severity: 'error',
  generic: true,
  title: { en: 'dlv dap exited with an error', zh: 'dlv dap 出错退出' },
  texts: V,
  dap: [
    {
      re: /dlv dap \((\d+)\) (?:exited with code:\s*(-?\d+)|was killed by signal:\s*(\w+))/gi,
      build: (m, line, _r, make) => (m[2] === '0' ? undefined : make({ detail: t(m[3] ? V.dlvKilled : V.dlvExited, { pid: m[1] ?? '?', signal: m[3] ?? '', code: m[2] ?? '?' }), evidence: [line] })),
    },
  ],
});
