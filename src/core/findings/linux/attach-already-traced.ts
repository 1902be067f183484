/**
 * attach-already-traced: `could not attach to pid %d: already being debugged by pid %d` (Delve ≥ 1.26.1,
 * service/debugger/debugger_linux.go:52, #4242): the process has a TracerPid already, and Linux lets only one tracer
 * attach (issue 20 item 10).
 */
import { messages, t } from '../../i18n';
import { sh } from '../../text';
import { defineFinding } from '../define';

const S = messages({
  alreadyTraced: {
    en: 'Process {pid} is already being debugged by process {tracer} (its TracerPid in /proc/{pid}/status): Linux lets only one tracer attach to a process. Stop or detach the other debugger (another dlv, gdb, strace), then attach again.',
    zh: '进程 {pid} 已经在被进程 {tracer} 调试（见 /proc/{pid}/status 中的 TracerPid）：Linux 只允许一个跟踪者附加到一个进程。请停止或分离另一个调试器（另一个 dlv、gdb、strace），然后再次附加。',
  },
  whichTracer: { en: 'See which program process {tracer} is', zh: '查看进程 {tracer} 是哪个程序' },
  stopTracer: { en: 'Stop or detach the other debugger (process {tracer}), then start the attach again', zh: '停止或分离另一个调试器（进程 {tracer}），然后重新附加' },
});

export default defineFinding({
  code: 'attach-already-traced',
  component: 'target',
  severity: 'error',
  title: { en: 'Another debugger is attached to the process', zh: '另一个调试器已附加到该进程' },
  texts: S,
  dap: [
    {
      re: /could not attach to pid (\d+): already being debugged by pid (\d+)/gi,
      build: (m, line, _r, make) => {
        const pid = m[1] ?? '?';
        const tracer = m[2] ?? '?';
        return make({
          detail: t(S.alreadyTraced, { pid, tracer }),
          evidence: [line, `TracerPid: ${tracer}`],
          fixes: [
            { kind: 'command', title: t(S.whichTracer, { tracer }), command: sh`ps -o pid=,args= -p ${tracer}` },
            { kind: 'manual', title: t(S.stopTracer, { tracer }) },
          ],
        });
      },
    },
  ],
});
