/**
 * Delve's texts after F5 that name a cause the generic wrappers hide (issue 20 item 10), from Delve's source at
 * @3b775986: `could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip
 * debug info` (pkg/proc/bininfo.go NoDebugWarning; recorded from Debian's Delve 1.20.2 too) and
 * `could not attach to pid %d: already being debugged by pid %d` (service/debugger/debugger_linux.go:52, #4242).
 */
import { t } from '../i18n';
import { DAP_DELVE as D } from '../i18n/messages/dap-delve';
import { DAP_SESSION as S } from '../i18n/messages/dap-session';
import { sh } from '../text';
import { textFinding } from './finding';
import type { TextRule } from './rule';

export const SESSION_RULES: TextRule[] = [
  {
    re: /could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w'/gi,
    build: (_m, line) => textFinding('program-no-debug-info', t(S.noDebugInfo), [line], [{ kind: 'manual', title: t(D.removeStrip) }, { kind: 'manual', title: t(S.noDebugInfoGoRun) }]),
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
