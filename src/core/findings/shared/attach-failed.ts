/**
 * attach-failed: Delve could not attach to a process ("Failed to attach: …" from vscode-go's DAP wrapper, "could not
 * attach to pid N" from Delve's service/debugger). Generic: it gives way, with its evidence, to any more precise
 * finding of the same text (findings/merge.ts), such as attach-already-traced or linux-ptrace-scope. The fixes are
 * macOS's debugging permissions, or off a Mac the ptrace ones (platforms.ts offMac).
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import { defineFinding } from '../define';
import { permissionFixes, ptraceFix } from '../fixes';

const A = messages({
  attachFailed: { en: 'Delve could not attach{pid}.', zh: 'Delve 无法附加{pid}。' },
  attachFailedWhy: { en: 'Delve could not attach{pid}: {why}', zh: 'Delve 无法附加{pid}：{why}' },
  toPid: { en: ' to pid {pid}', zh: '到 pid {pid}' },
});

export default defineFinding({
  code: 'attach-failed',
  component: 'dlv',
  severity: 'error',
  generic: true,
  title: { en: 'Delve could not attach to the process', zh: 'Delve 无法附加到进程' },
  texts: A,
  dap: [
    {
      re: /failed to attach(?::\s*([^\n]*))?|could not attach to pid\s+(\d+)/gi,
      build: (m, line, r, make) => make({
        detail: t(m[1] ? A.attachFailedWhy : A.attachFailed, { pid: m[2] ? t(A.toPid, { pid: m[2] }) : '', why: m[1] ?? '' }),
        evidence: [line],
        fixes: offMac(r.platform) ? [ptraceFix()] : permissionFixes(),
      }),
    },
  ],
});
