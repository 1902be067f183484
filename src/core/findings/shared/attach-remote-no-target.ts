/**
 * attach-remote-no-target: mode "remote" joined a Delve server that debugs nothing (`dlv dap` rather than `dlv
 * debug --headless`): `Failed to attach: no debugger found` (delve service/dap/server.go:1944 at v1.24.0; recorded
 * from Debian's Delve 1.20.2, test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  remoteNoTarget: {
    en: 'mode "remote" connects to a Delve server that already debugs a program; this one debugs nothing ("no debugger found"). Start it with `dlv debug --headless` (or exec/attach), or use request "launch".',
    zh: '"remote" 模式连接到一个已经在调试程序的 Delve 服务器；而这个服务器没有在调试任何程序（"no debugger found"）。请用 `dlv debug --headless`（或 exec/attach）启动它，或改用 "launch" 请求。',
  },
  remoteFix: { en: 'Start the remote dlv with a program (dlv debug/exec/attach --headless), or use request "launch"', zh: '用一个程序启动远程 dlv（dlv debug/exec/attach --headless），或改用 "launch" 请求' },
});

export default defineFinding({
  code: 'attach-remote-no-target',
  component: 'launch',
  severity: 'error',
  title: { en: 'mode "remote" found no debug session to join', zh: '"remote" 模式没有找到可加入的调试会话' },
  texts: M,
  dap: [
    {
      re: /Failed to attach: no debugger found/gi,
      build: (_m, line, _r, make) => make({ detail: t(M.remoteNoTarget), evidence: [line], fixes: [saidFix(t(M.remoteFix))] }),
    },
  ],
});
