/**
 * lldb-server-not-found: `exec: "lldb-server": executable file not found in $PATH` on a Mac: a Delve so old that it
 * looks only for lldb-server, never for debugserver (GROUND_TRUTH §2, "very old Delve"; pkg/proc/gdbserial/gdbserver.go). Off a Mac
 * the same words are lldb-server-missing's.
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import { LLDB_SERVER_NOT_IN_PATH } from '../debugserver';
import { defineFinding } from '../define';
import { updateDlv, xcodeSelectInstall } from '../fixes';

const M = messages({
  lldbServerOnly: { en: 'This Delve is so old that it looks only for lldb-server and never for debugserver. Update Delve (it needs the Command Line Tools too).', zh: '这个 Delve 太旧了，它只查找 lldb-server，从不查找 debugserver。请更新 Delve（它同样需要 Command Line Tools）。' },
});

export default defineFinding({
  code: 'lldb-server-not-found',
  component: 'lldb-server',
  severity: 'error',
  title: { en: 'Delve is too old and looks only for lldb-server', zh: 'Delve 太旧，只查找 lldb-server' },
  texts: M,
  dap: [
    {
      re: LLDB_SERVER_NOT_IN_PATH,
      build: (_m, line, r, make) => (offMac(r.platform) ? undefined : make({ detail: t(M.lldbServerOnly), evidence: [line], fixes: [updateDlv(), xcodeSelectInstall()] })),
    },
  ],
});
