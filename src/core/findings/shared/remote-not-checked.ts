/**
 * remote-not-checked: the configuration connects to a dlv server that already runs (attach mode remote, or `port`
 * set: vscode-go goDebugFactory.ts:378), so nothing local starts and this machine's checks do not say whether the
 * remote side works. Made by rules/reach.ts, which softens the local findings of such a launch and adds this one.
 */
import { messages, t } from '../../i18n';
import type { Machine } from '../../probe/machine';
import type { Finding } from '../../report/types';
import { defineFinding } from '../define';

const D = messages({
  remoteNotChecked: {
    en: 'This configuration connects to a dlv server that already runs at {host}:{port}; vscode-go starts no local dlv, build or debugserver. The machine that runs that server (its dlv, Go, debugserver and Rosetta state) was not checked: run the doctor there.',
    zh: '此配置连接到已在 {host}:{port} 运行的 dlv 服务器；vscode-go 不会在本地启动 dlv、构建或 debugserver。运行该服务器的机器（它的 dlv、Go、debugserver 与 Rosetta 状态）没有被检查：请在那台机器上运行诊断。',
  },
  remoteHint: { en: 'Run the doctor on the machine that runs the dlv server', zh: '在运行 dlv 服务器的机器上运行诊断' },
  evRemote: { en: 'configurations[{index}]: request {request}{mode}, host {host}, port {port}', zh: 'configurations[{index}]：request 为 {request}{mode}，host 为 {host}，port 为 {port}' },
  evMode: { en: ', mode {mode}', zh: '，mode 为 {mode}' },
});

const MODULE = defineFinding({
  code: 'remote-not-checked',
  component: 'launch',
  severity: 'info',
  title: { en: 'The remote side was not checked', zh: '没有检查远程一端' },
  texts: D,
});
export default MODULE;

/** The finding of a launch that joins the dlv server at `r` (the machine's launch.remote). */
export function remoteNotChecked(m: Machine, r: { host: string; port: string }): Finding {
  return MODULE.make({
    detail: t(D.remoteNotChecked, { host: r.host, port: r.port }),
    evidence: [t(D.evRemote, { index: String(m.launch.index), request: m.launch.request ?? '?', mode: m.launch.mode ? t(D.evMode, { mode: m.launch.mode }) : '', host: r.host, port: r.port })],
    fixes: [{ kind: 'manual', title: t(D.remoteHint) }],
  });
}
