/**
 * The stages of F5, as VS Code and vscode-go drive them (microsoft/vscode debugSession.ts, vscode-go
 * goDebugFactory.ts; Delve service/dap/server.go answers): start dlv, wait for its listen line, connect, then the
 * DAP requests initialize → launch → (initialized) setBreakpoints → configurationDone → stopped → stackTrace /
 * scopes / variables → disconnect.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import { spawnProcess } from '../io/run';
import { t } from '../i18n';
import { SELFTEST } from '../i18n/messages/selftest';
import { DapClient } from './dapClient';
import { connectDap, freePort, VSCODE_GO_CONNECT_MS } from './connect';
import { dlvArgv, launchArgs, type SelftestPlan } from './plan';
import { BREAK_LINE, KNOWN, type ProgramDir } from './program';
import { howEnded, type Session, type StageOutcome } from './session';

const LISTEN = /DAP server listening at:\s*(\S+):(\d+)/;

const failed = (reason: string): StageOutcome => ({ ok: false, reason });

function requestFailed(command: string, r: DebugProtocol.Response, budget: number): StageOutcome {
  const message = r.message === 'timeout' ? t(SELFTEST.noAnswer, { ms: budget }) : ((r as DebugProtocol.ErrorResponse).body?.error?.format ?? r.message ?? '');
  return failed(t(SELFTEST.requestFailed, { command, message }));
}

/** spawn and listen: dlv started as vscode-go starts it, up to its `DAP server listening at:` line. */
export async function startDlv(s: Session, plan: SelftestPlan, program: ProgramDir): Promise<{ host: string; port: number; at: number } | undefined> {
  const port = await freePort();
  let stdout = '';
  let heard: (() => void) | undefined;
  const ok = await s.stage('spawn', async () => {
    const argv = dlvArgv(plan, port);
    s.proc = spawnProcess(argv, {
      env: plan.env, cwd: program.dir, timeoutMs: s.totalMs + 5_000,
      onOutput: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        s.dlvOutput(stream, text);
        heard?.();
      },
    });
    void s.proc.exited.then((e) => s.dlvExited(e));
    if (s.proc.pid !== undefined) return { ok: true, note: `${argv.join(' ')} (pid ${s.proc.pid})` };
    const error = howEnded(await s.proc.exited);
    s.watch.onError({ message: `spawn ${argv[0]} ${error}`, code: error });
    return failed(t(SELFTEST.spawnFailed, { error }));
  });
  if (!ok) return undefined;
  let found: RegExpExecArray | null = null;
  const listened = await s.stage('listen', async (budget) => {
    const deadline = Date.now() + budget;
    while (!(found = LISTEN.exec(stdout)) && Date.now() < deadline) {
      await new Promise<void>((res) => {
        const timer = setTimeout(res, deadline - Date.now());
        heard = () => {
          clearTimeout(timer);
          res();
        };
      });
    }
    return found ? { ok: true } : failed(t(SELFTEST.noListen, { ms: budget }));
  });
  const m = found as RegExpExecArray | null;
  return listened && m ? { host: m[1] as string, port: Number(m[2]), at: Date.now() } : undefined;
}

/** connect: how long after the listen line dlv accepted, against vscode-go's 1000 ms. */
export async function connect(s: Session, address: { host: string; port: number; at: number }): Promise<DapClient | undefined> {
  const ok = await s.stage('connect', async (budget) => {
    const c = await connectDap(address.host, address.port, address.at, budget);
    if ('error' in c) {
      s.watch.onError({ message: 'connection timeout' });
      return failed(`${t(SELFTEST.notAccepted, { address: `${address.host}:${address.port}`, ms: c.ms, limit: VSCODE_GO_CONNECT_MS })} (${c.error})`);
    }
    if (c.ms > VSCODE_GO_CONNECT_MS) {
      c.socket.destroy();
      s.watch.onError({ message: 'connection timeout' });
      return failed(t(SELFTEST.acceptedLate, { ms: c.ms, limit: VSCODE_GO_CONNECT_MS }));
    }
    s.client = new DapClient(c.socket, (m, dir) => s.dapMessage(m, dir));
    return { ok: true, note: t(SELFTEST.accepted, { ms: c.ms, limit: VSCODE_GO_CONNECT_MS }) };
  });
  return ok ? s.client : undefined;
}

/** initialize, launch, breakpoint, stopped, variables, disconnect. */
export async function debugProgram(s: Session, c: DapClient, plan: SelftestPlan, program: ProgramDir): Promise<boolean> {
  const ask = async (command: string, args: unknown, budget: number): Promise<DebugProtocol.Response> => c.request(command, args, budget);
  const initArgs = { clientID: 'vscode', clientName: 'Visual Studio Code', adapterID: 'go', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true, supportsVariableType: true, supportsRunInTerminalRequest: false, locale: 'en' };
  if (!(await s.stage('initialize', async (b) => { const r = await ask('initialize', initArgs, b); return r.success ? { ok: true } : requestFailed('initialize', r, b); }))) return false;
  if (!(await s.stage('launch', async (b) => { const r = await ask('launch', launchArgs(plan, program), b); return r.success ? { ok: true } : requestFailed('launch', r, b); }))) return false;
  const place = `main.go:${BREAK_LINE}`;
  const bp = await s.stage('breakpoint', async (b) => {
    await c.nextEvent(['initialized'], b);
    const r = (await ask('setBreakpoints', { source: { path: program.mainGo }, breakpoints: [{ line: BREAK_LINE }] }, b)) as DebugProtocol.SetBreakpointsResponse;
    if (!r.success) return requestFailed('setBreakpoints', r, b);
    const first = r.body?.breakpoints?.[0];
    return first?.verified ? { ok: true, note: place } : failed(t(SELFTEST.unverified, { place, message: first?.message ?? '' }));
  });
  if (!bp) return false;
  let threadId = 1;
  const stopped = await s.stage('stopped', async (b) => {
    const r = await ask('configurationDone', {}, b);
    if (!r.success) return requestFailed('configurationDone', r, b);
    const e = await c.nextEvent(['stopped', 'terminated', 'exited'], b);
    const body = (e as DebugProtocol.StoppedEvent | undefined)?.body;
    if (e?.event === 'stopped' && body?.reason === 'breakpoint') {
      threadId = body.threadId ?? threadId;
      return { ok: true, note: `${body.reason} (thread ${threadId})` };
    }
    return failed(t(SELFTEST.notStopped, { place, why: e ? `${e.event}${body?.reason ? `: ${body.reason}` : ''}` : t(SELFTEST.noAnswer, { ms: b }) }));
  });
  if (!stopped || !(await s.stage('variables', (b) => readKnown(c, threadId, b)))) return false;
  return s.stage('disconnect', async (b) => {
    const r = await ask('disconnect', { restart: false, terminateDebuggee: true }, b);
    if (!r.success) return requestFailed('disconnect', r, b);
    if (s.proc) await Promise.race([s.proc.exited, new Promise((res) => setTimeout(res, b))]);
    return { ok: true };
  }, { dlvMayExit: true });
}

async function readKnown(c: DapClient, threadId: number, b: number): Promise<StageOutcome> {
  const st = (await c.request('stackTrace', { threadId, startFrame: 0, levels: 1 }, b)) as DebugProtocol.StackTraceResponse;
  const frameId = st.body?.stackFrames?.[0]?.id;
  if (!st.success || frameId === undefined) return requestFailed('stackTrace', st, b);
  const sc = (await c.request('scopes', { frameId }, b)) as DebugProtocol.ScopesResponse;
  const scope = sc.body?.scopes?.find((x) => /local/i.test(x.name)) ?? sc.body?.scopes?.[0];
  if (!sc.success || !scope) return requestFailed('scopes', sc, b);
  const vr = (await c.request('variables', { variablesReference: scope.variablesReference }, b)) as DebugProtocol.VariablesResponse;
  if (!vr.success) return requestFailed('variables', vr, b);
  const v = vr.body?.variables?.find((x) => x.name === KNOWN.name);
  const value = v?.value ?? '?';
  return value === KNOWN.value ? { ok: true, note: t(SELFTEST.valueRead, { name: KNOWN.name, value }) } : failed(t(SELFTEST.wrongValue, { name: KNOWN.name, value, expected: KNOWN.value }));
}
