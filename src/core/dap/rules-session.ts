/**
 * Delve's texts after F5 that name a cause the generic wrappers hide (issue 20 item 10), from Delve's source at
 * @3b775986: `could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip
 * debug info` (pkg/proc/bininfo.go NoDebugWarning; recorded from Debian's Delve 1.20.2 too; the existing code
 * target-no-debug-info, which the preflight's check of a stripped exec program shares) and
 * `could not attach to pid %d: already being debugged by pid %d` (service/debugger/debugger_linux.go:52, #4242).
 */
import { DAP_PROGRAM as P } from '../i18n/messages/dap-program';
import { t } from '../i18n';
import { DAP_DELVE as D } from '../i18n/messages/dap-delve';
import { DAP_SESSION as S } from '../i18n/messages/dap-session';
import { sh } from '../text';
import { textFinding } from './finding';
import type { Finding, Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { guessSubstitutePath } from './substitute';

/**
 * Breakpoints that never verify (vscode-go#2793 #3508): `could not find file <path>[, binary is stripped]`
 * (pkg/proc/bininfo.go:996-998), `breakpoint N can not be enabled` (pkg/proc/target_group.go:395) and Delve ≥ 1.26.1's
 * `Warning: debugging executable built with trimpath` (service/dap/server.go:2438-2445). The fix is a substitutePath
 * rule computed from the workspace file and the path Delve reported for it (./substitute.ts), as a launch.json edit.
 */
function pathMismatch(m: RegExpExecArray, line: string, r: Resolved): Finding {
  const file = m[1];
  const rule = file ? guessSubstitutePath(file, r.delvePaths) : undefined;
  const delve = rule && file ? r.delvePaths.find((p) => p.endsWith(file.slice(rule.from.length))) : undefined;
  const base = m[3] ? t(S.cannotEnable, { id: m[3] }) : file ? t(S.pathMismatch, { file }) : t(S.trimpath);
  const detail = rule ? `${base} ${t(S.pathMismatchFound, { delve: delve ?? rule.to, from: rule.from, to: rule.to })}` : base;
  const fixes: Fix[] = [];
  if (rule) {
    const title = t(S.addSubstitutePath, rule);
    const value = [...(r.launch.substitutePath ?? []), rule];
    fixes.push(r.launchIndex === undefined ? { kind: 'manual', title, detail: JSON.stringify({ substitutePath: value }) } : { kind: 'edit', title, edit: { file: 'launch.json', path: ['configurations', r.launchIndex, 'substitutePath'], value } });
  } else fixes.push({ kind: 'manual', title: t(S.showDelvePath) });
  if (m[2]) fixes.push({ kind: 'manual', title: t(D.removeStrip) });
  // The trimpath warning names the build, not one breakpoint: it carries the preflight's code (rules/debugInfo.ts
  // trimpath), so the cause seen before F5 and Delve's words merge into one finding, with the computed edit.
  const trimpath = !file && !m[3];
  if (trimpath) fixes.push({ kind: 'manual', title: t(P.removeTrimpath) });
  return textFinding(trimpath ? 'target-trimpath' : 'breakpoints-path-mismatch', detail, [line, ...(delve ? [`Delve: ${delve}`] : [])], fixes);
}

/** The self-test command (issue 18; its own engineer builds it): times each stage of starting dlv outside the extension host. */
const SELFTEST_COMMAND = 'goLldbDoctor.selftest';

const selftest = (): Fix => ({ kind: 'manual', title: t(S.selftest), detail: t(S.selftestDetail, { id: SELFTEST_COMMAND }) });

/** The stall that decides the outcome: vscode-go's timer is 1000 ms (measured here: 900 ms connects, 1100 ms times out). */
const STALL_MS = 1000;

/**
 * `Couldn't start dlv dap:\nconnection timeout` (goDebugFactory.ts:282, :392-403): which connection timed out — a
 * dlv at the request's host/port (remote, forwarded) or the dlv vscode-go spawned — and, for the local one, whether
 * the extension host's event loop stalled ≥ 1 s around the start (research/field-2026.md §1 row 6, measured here).
 */
function connectTimeout(_m: RegExpExecArray, line: string, r: Resolved): Finding {
  const port = r.launch.port;
  if (port !== undefined) {
    const host = r.launch.host ?? '127.0.0.1';
    return textFinding('dlv-connect-timeout', t(S.timeoutRemote, { host, port }), [line, `launch request: host=${host}, port=${port}`], [
      { kind: 'command', title: t(S.checkListening, { port }), command: sh`ss -ltnp sport = :${String(port)}` },
      { kind: 'manual', title: t(S.forwardPort, { port }) },
      selftest(),
    ]);
  }
  const stall = r.eventLoopStallMs;
  const ev = stall !== undefined ? [`extension host event-loop stall: ${Math.round(stall)} ms`] : [];
  if (stall !== undefined && stall >= STALL_MS) {
    return textFinding('extension-host-busy', t(S.hostBusy, { ms: Math.round(stall) }), [line, ...ev], [{ kind: 'manual', title: t(S.retry) }, selftest()]);
  }
  return textFinding('dlv-connect-timeout', t(stall === undefined ? S.timeoutLocalUnmeasured : S.timeoutLocal), [line, ...ev], [selftest()]);
}

export const SESSION_RULES: TextRule[] = [
  { re: /couldn't start dlv dap:?\s*connection timeout/gi, build: connectTimeout },
  {
    re: /could not find file ([^\s,]+)(, binary is stripped)?|breakpoint (\d+) can not be enabled|debugging executable built with trimpath/gi,
    build: pathMismatch,
  },
  {
    re: /could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w'/gi,
    build: (_m, line) => textFinding('target-no-debug-info', t(S.noDebugInfo), [line], [{ kind: 'manual', title: t(D.removeStrip) }, { kind: 'manual', title: t(S.noDebugInfoGoRun) }]),
  },
  {
    re: /could not attach to pid (\d+): already being debugged by pid (\d+)/gi,
    build: (m, line) => {
      const pid = m[1] ?? '?';
      const tracer = m[2] ?? '?';
      return textFinding('attach-already-traced', t(S.alreadyTraced, { pid, tracer }), [line, `TracerPid: ${tracer}`], [
        { kind: 'command', title: t(S.whichTracer, { tracer }), command: sh`ps -o pid=,args= -p ${tracer}` },
        { kind: 'manual', title: t(S.stopTracer, { tracer }) },
      ]);
    },
  },
];
