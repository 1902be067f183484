/**
 * attach-permission-denied: the system refused Delve the process: `could not attach to pid <pid>: operation not
 * permitted` or `… current user does not own the process` (delve service/debugger/debugger.go:2387 at v1.24.0).
 * On macOS the fixes are the task-port permissions (DevToolsSecurity, the _developer group); off macOS ptrace's.
 * Linux's ptrace_scope wording (debugger_linux.go:16) is linux-ptrace-scope's (findings/linux/linux-ptrace-scope.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { permissionFixes, ptraceFix } from '../fixes';
import { offMac } from '../../platforms';

const M = messages({
  attachDenied: {
    en: 'The system refused to let Delve attach to process {pid} (operation not permitted).',
    zh: '系统拒绝让 Delve 附加到进程 {pid}（operation not permitted）。',
  },
});

export default defineFinding({
  code: 'attach-permission-denied',
  component: 'permissions',
  severity: 'error',
  title: { en: 'The system refused to let Delve attach', zh: '系统拒绝 Delve 附加' },
  texts: M,
  dap: [
    {
      re: /could not attach to pid (\d+): (?:operation not permitted|current user does not own the process)/gi,
      build: (m, line, r, make) => make({ detail: t(M.attachDenied, { pid: m[1] ?? '?' }), evidence: [line], fixes: offMac(r.platform) ? [ptraceFix()] : permissionFixes() }),
    },
  ],
});
