/**
 * lldb-server-missing: off a Mac (platforms.ts offMac) the launch asks for the lldb backend, and Delve finds no
 * lldb-server on PATH: "debugserver or lldb-server not found", "backend unavailable", `exec: "lldb-server":
 * executable file not found in $PATH`, or the stub's "could not launch process: EOF" (GROUND_TRUTH §2; delve
 * pkg/proc/gdbserial/gdbserver.go). On a Mac the same words are the debugserver findings'.
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import { LAUNCH_EOF, LLDB_SERVER_NOT_IN_PATH, STUB_NOT_FOUND } from '../debugserver';
import { defineFinding, type Make, type TextContext } from '../define';
import { removeLaunchAttribute } from '../fixes';

const M = messages({
  lldbServerMissing: {
    en: 'The configuration asks for the lldb backend, which off macOS needs lldb-server, and Delve found none on PATH. The default backend on this system is Delve\'s native one.',
    zh: '配置要求使用 lldb 后端，在 macOS 以外它需要 lldb-server，而 Delve 在 PATH 中找不到它。此系统上的默认后端是 Delve 自带的 native 后端。',
  },
  lldbServerInstall: { en: 'Or install lldb-server (the lldb package of your distribution)', zh: '或者安装 lldb-server（发行版的 lldb 软件包）' },
});

function missing(line: string, r: TextContext, make: Make) {
  if (!offMac(r.platform)) return undefined;
  return make({ detail: t(M.lldbServerMissing), evidence: [line], fixes: [removeLaunchAttribute(r.launchIndex, 'backend', '"backend"'), { kind: 'manual', title: t(M.lldbServerInstall) }] });
}

export default defineFinding({
  code: 'lldb-server-missing',
  component: 'lldb-server',
  severity: 'error',
  title: { en: 'lldb-server is not installed', zh: '没有安装 lldb-server' },
  texts: M,
  dap: [
    // With backend "rr", `backend unavailable` is rr's (launch-rr-missing).
    { re: STUB_NOT_FOUND, build: (_m, line, r, make) => (r.launch.backend === 'rr' ? undefined : missing(line, r, make)) },
    { re: LLDB_SERVER_NOT_IN_PATH, build: (_m, line, r, make) => missing(line, r, make) },
    { re: LAUNCH_EOF, build: (_m, line, r, make) => missing(line, r, make) },
  ],
});
