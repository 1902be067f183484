/**
 * debugserver-not-found: no debugserver where Delve looks (DELVE_DEBUGSERVER_PATH, PATH, the Command Line Tools,
 * Xcode; delve pkg/proc/gdbserial/gdbserver.go), so it falls back to lldb-server or fails with "debugserver or
 * lldb-server not found". Before launch from the stub probe (probe/darwin/stub.ts); after F5 from Delve's text on a
 * Mac (off a Mac the same text is lldb-server-missing; with backend "rr" it is launch-rr-missing).
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import type { DarwinMachine } from '../../probe/machine';
import { STUB_NOT_FOUND } from '../debugserver';
import { defineFinding } from '../define';
import { command, xcodeSelectInstall } from '../fixes';
import { searchLine } from '../evidence';

const M = messages({
  installClt: { en: 'Install the Command Line Tools (they ship debugserver)', zh: '安装 Command Line Tools（其中带有 debugserver）' },
  dsFallback: { en: 'No debugserver was found; Delve would fall back to lldb-server ({path}), which does not debug macOS processes the way debugserver does.', zh: '没有找到 debugserver；Delve 会退而使用 lldb-server（{path}），而它调试 macOS 进程的方式与 debugserver 不同。' },
  dsNone: { en: 'Delve finds no debugserver (it ships with the Command Line Tools or Xcode) and no lldb-server: "debugserver or lldb-server not found: install Xcode\'s command line tools or lldb-server".', zh: 'Delve 既找不到 debugserver（它随 Command Line Tools 或 Xcode 提供），也找不到 lldb-server："debugserver or lldb-server not found: install Xcode\'s command line tools or lldb-server"。' },
  dsNotFound: { en: 'Delve found neither debugserver (in $DELVE_DEBUGSERVER_PATH, on PATH, in the Command Line Tools or in Xcode) nor lldb-server. On macOS debugserver comes with the Xcode Command Line Tools.', zh: 'Delve 既没有找到 debugserver（在 $DELVE_DEBUGSERVER_PATH、PATH、Command Line Tools 或 Xcode 中），也没有找到 lldb-server。在 macOS 上，debugserver 随 Xcode Command Line Tools 提供。' },
  evNotKnown: { en: 'not known: {what}', zh: '无法得知：{what}' },
});

function xcodeDebugserverExists(m: DarwinMachine): boolean {
  return m.darwin.lldb.candidates.some((c) => c.kind === 'xcode' && c.exists);
}

export default defineFinding({
  code: 'debugserver-not-found',
  component: 'debugserver',
  severity: 'error',
  title: { en: 'No debugserver: Command Line Tools missing', zh: '没有 debugserver：缺少命令行工具' },
  texts: M,
  darwin: (x, make) => {
    const s = x.darwin.stub;
    if (s.kind === 'debugserver' || s.override) return [];
    if (s.kind === 'none' && s.unknown.length > 0 && xcodeDebugserverExists(x)) return [];
    const evidence = s.searched.map(searchLine);
    if (s.unknown.length > 0) evidence.push(t(M.evNotKnown, { what: s.unknown.join(', ') }));
    const detail = s.kind === 'lldb-server' ? t(M.dsFallback, { path: s.path ?? '' }) : t(M.dsNone);
    return [make({ detail, evidence, fixes: [command(t(M.installClt), 'xcode-select --install')] })];
  },
  dap: [
    {
      re: STUB_NOT_FOUND,
      build: (_m, line, r, make) => (r.launch.backend === 'rr' || offMac(r.platform) ? undefined : make({ detail: t(M.dsNotFound), evidence: [line], fixes: [xcodeSelectInstall()] })),
    },
  ],
});
