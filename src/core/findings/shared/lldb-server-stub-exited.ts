/**
 * lldb-server-stub-exited: lldb-server died before Delve connected, "stub exited while attempting to connect"
 * (GROUND_TRUTH §2; delve pkg/proc/gdbserial/gdbserver.go), and off a Mac also "stub exited while waiting for
 * connection" (the stub there is lldb-server, backend "lldb"). On a Mac, Delve used lldb-server only because it
 * found no debugserver. A symptom (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import { STUB_EXITED_WAITING } from '../debugserver';
import { defineFinding } from '../define';
import { removeLaunchAttribute, xcodeSelectInstall } from '../fixes';

const M = messages({
  lldbServerExited: { en: 'lldb-server exited before Delve could connect.', zh: 'lldb-server 在 Delve 连接之前就退出了。' },
  lldbServerExitedStatus: { en: 'lldb-server exited before Delve could connect ({status}).', zh: 'lldb-server 在 Delve 连接之前就退出了（{status}）。' },
  removeLldbBackend: { en: 'Remove "backend": "lldb" from launch.json to use Delve\'s native backend on this OS', zh: '从 launch.json 中删除 "backend": "lldb"，以便在这个操作系统上使用 Delve 的 native 后端' },
  lldbServerNoDs: { en: '{exited} Delve used lldb-server because it found no debugserver; on macOS install the Command Line Tools so that it uses debugserver.', zh: '{exited}Delve 使用 lldb-server 是因为找不到 debugserver；在 macOS 上请安装 Command Line Tools，让它使用 debugserver。' },
});

/** "lldb-server exited before Delve could connect", with the exit status when known. */
function exited(status: string | undefined): string {
  return status ? t(M.lldbServerExitedStatus, { status }) : t(M.lldbServerExited);
}

export default defineFinding({
  code: 'lldb-server-stub-exited',
  component: 'lldb-server',
  severity: 'error',
  rank: 2,
  title: { en: 'lldb-server exited before Delve could connect', zh: 'lldb-server 在 Delve 连接之前退出了' },
  texts: M,
  dap: [
    {
      // On a Mac the same words are debugserver-stub-exited's.
      re: STUB_EXITED_WAITING,
      build: (m, line, r, make) => (offMac(r.platform) ? make({ detail: exited(m[1]?.trim()), evidence: [line], fixes: [removeLaunchAttribute(r.launchIndex, 'backend', '"backend"')] }) : undefined),
    },
    {
      re: /stub exited while attempting to connect(?::\s*([^\n]*))?/gi,
      build: (m, line, r, make) => {
        const text = exited(m[1]?.trim());
        if (offMac(r.platform)) return make({ detail: text, evidence: [line], fixes: [{ kind: 'manual', title: t(M.removeLldbBackend) }] });
        return make({ detail: t(M.lldbServerNoDs, { exited: text }), evidence: [line], fixes: [xcodeSelectInstall()] });
      },
    },
  ],
});
