/**
 * attach-process-missing: no process to attach to: the configuration names none (`The 'processId' attribute is
 * missing in debug configuration`, delve service/dap/server.go:1923 at v1.24.0) or the one it names does not exist
 * (`could not attach to pid <pid>: no such process`, service/debugger/debugger.go:2387). Recorded from Debian's
 * Delve 1.20.2 (test/fixtures/delve/texts-debian-1.20.json).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { saidFix } from '../launchText';

const M = messages({
  processMissing: {
    en: 'There is no process {pid} to attach to: it has exited, or "processId" names another one.',
    zh: '没有可附加的进程 {pid}：它已经退出，或者 "processId" 指向了别的进程。',
  },
  processAttributeMissing: { en: 'The attach configuration names no process ("processId").', zh: '附加配置没有指定进程（"processId"）。' },
  processFix: { en: 'Set "processId" to a running process ("${command:pickProcess}" lets you choose)', zh: '把 "processId" 设为一个正在运行的进程（"${command:pickProcess}" 可供选择）' },
});

export default defineFinding({
  code: 'attach-process-missing',
  component: 'launch',
  severity: 'error',
  title: { en: 'No process with this processId', zh: '没有这个 processId 的进程' },
  texts: M,
  dap: [
    {
      re: /The 'processId'(?: or 'waitFor')? attribute is missing in debug configuration|could not attach to pid (\d+): no such process/gi,
      build: (m, line, _r, make) => {
        const detail = m[1] ? t(M.processMissing, { pid: m[1] }) : t(M.processAttributeMissing);
        return make({ detail, evidence: [line], fixes: [saidFix(t(M.processFix))] });
      },
    },
  ],
});
