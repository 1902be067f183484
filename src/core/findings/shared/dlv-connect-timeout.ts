/**
 * dlv-connect-timeout: `Couldn't start dlv dap:\nconnection timeout` (vscode-go goDebugFactory.ts:282, :392-403; issue
 * 20 item 8): which connection timed out — a dlv at the request's host/port (remote, forwarded) or the dlv vscode-go
 * spawned — and, for the local one, whether the extension host's event loop stalled ≥ 1 s around the start
 * (extension-host-busy then; research/field-2026.md §1 row 6, measured here).
 */
import { messages, t } from '../../i18n';
import { sh } from '../../text';
import type { Fix } from '../../report/types';
import { defineFinding } from '../define';
import BUSY from './extension-host-busy';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const S = messages({
  timeoutRemote: {
    en: 'vscode-go connected to dlv at {host}:{port} and got no answer within its fixed 1000 ms (goDebugFactory.ts): nothing listens on that port, or it is not forwarded to this machine (a container\'s or an SSH tunnel\'s port), or a firewall drops it. Start dlv there with --listen={host}:{port} (or --listen=:{port}) and forward the port.',
    zh: 'vscode-go 连接 {host}:{port} 上的 dlv，在其固定的 1000 毫秒内没有得到应答（goDebugFactory.ts）：该端口上没有程序在监听，或者端口没有转发到这台机器（容器或 SSH 隧道的端口），或者被防火墙丢弃。请在那里以 --listen={host}:{port}（或 --listen=:{port}）启动 dlv，并转发该端口。',
  },
  timeoutLocal: {
    en: 'vscode-go started dlv and could not connect to its port within its fixed 1000 ms (goDebugFactory.ts). No event-loop stall of the extension host was measured around the start, so dlv itself, or the loopback connection (a proxy, a security tool), was slow.',
    zh: 'vscode-go 启动了 dlv，但未能在其固定的 1000 毫秒内连接到它的端口（goDebugFactory.ts）。启动期间没有测到扩展宿主的事件循环停顿，因此是 dlv 本身或回环连接（代理、安全软件）太慢。',
  },
  timeoutLocalUnmeasured: {
    en: 'vscode-go started dlv and could not connect to its port within its fixed 1000 ms (goDebugFactory.ts): dlv was slow to answer, the loopback connection is intercepted, or the extension host was busy (when its event loop is blocked for about a second right after the connect starts, Node runs the expired timer first).',
    zh: 'vscode-go 启动了 dlv，但未能在其固定的 1000 毫秒内连接到它的端口（goDebugFactory.ts）：dlv 应答太慢、回环连接被拦截，或者扩展宿主正忙（连接刚开始时事件循环若被阻塞约一秒，Node 会先运行已到期的计时器）。',
  },
  checkListening: { en: 'Check that dlv listens on port {port} (run this where dlv runs)', zh: '检查 dlv 是否在端口 {port} 上监听（在运行 dlv 的机器上执行）' },
  forwardPort: { en: 'Forward port {port} to this machine (Ports view, "forwardPorts" in devcontainer.json, or ssh -L)', zh: '将端口 {port} 转发到这台机器（端口视图、devcontainer.json 的 "forwardPorts"，或 ssh -L）' },
  selftest: { en: 'Run "Go: Test Debugging (LLDB Doctor)": it times each stage of starting dlv outside the extension host', zh: '运行 "Go: Test Debugging (LLDB Doctor)"：它在扩展宿主之外为启动 dlv 的每个阶段计时' },
  selftestDetail: { en: 'Command id: {id}', zh: '命令 ID：{id}' },
  evStall: { en: 'extension host event-loop stall: {ms} ms', zh: '扩展宿主事件循环停顿：{ms} ms' },
});

/** The self-test command (issue 18): times each stage of starting dlv outside the extension host. */
const SELFTEST_COMMAND = 'goLldbDoctor.selftest';

const selftest = (): Fix => ({ kind: 'manual', title: t(S.selftest), detail: t(S.selftestDetail, { id: SELFTEST_COMMAND }) });

/** The stall that decides the outcome: vscode-go's timer is 1000 ms (measured here: 900 ms connects, 1100 ms times out). */
const STALL_MS = 1000;

export default defineFinding({
  code: 'dlv-connect-timeout',
  component: 'dlv',
  severity: 'error',
  title: { en: 'vscode-go could not connect to dlv within 1 second', zh: 'vscode-go 未能在 1 秒内连接到 dlv' },
  texts: S,
  dap: [
    {
      re: /couldn't start dlv dap:?\s*connection timeout/gi,
      build: (_m, line, r, make) => {
        const port = r.launch.port;
        if (port !== undefined) {
          const host = r.launch.host ?? '127.0.0.1';
          return make({
            detail: t(S.timeoutRemote, { host, port }),
            evidence: [line, t(EV.launchRequest, { what: `host=${host}, port=${port}` })],
            fixes: [{ kind: 'command', title: t(S.checkListening, { port }), command: sh`ss -ltnp sport = :${String(port)}` }, { kind: 'manual', title: t(S.forwardPort, { port }) }, selftest()],
          });
        }
        const stall = r.eventLoopStallMs;
        const ev = stall !== undefined ? [t(S.evStall, { ms: Math.round(stall) })] : [];
        if (stall !== undefined && stall >= STALL_MS) {
          return BUSY.make({ detail: t(BUSY.texts.hostBusy, { ms: Math.round(stall) }), evidence: [line, ...ev], fixes: [{ kind: 'manual', title: t(BUSY.texts.retry) }, selftest()] });
        }
        return make({ detail: t(stall === undefined ? S.timeoutLocalUnmeasured : S.timeoutLocal), evidence: [line, ...ev], fixes: [selftest()] });
      },
    },
  ],
});
