/**
 * debugserver-stub-exited: debugserver started and died before Delve connected, "stub exited while waiting for
 * connection" (delve pkg/proc/gdbserial/gdbserver.go), or "(os/kern) invalid argument" on an Intel Mac. A symptom:
 * a translated debugserver or macOS refusing it the process explains it (report/rank.ts). Which cause is likelier
 * depends on the Mac's CPU, which the text may not tell. Off a Mac the same words are lldb-server-stub-exited's.
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import type { Fix } from '../../report/types';
import { bannerEvidence, onAppleSilicon, STUB_EXITED_WAITING } from '../debugserver';
import { defineFinding, type TextContext } from '../define';
import { permissionFixes, rosettaFixes, whichCpu } from '../fixes';
import { hwEvidence, unknownCpu } from '../hardware';

const M = messages({
  whyArm: { en: 'On Apple Silicon the usual cause is debugserver running under Rosetta, started by an Intel build of VS Code; then developer-mode permissions.', zh: '在 Apple Silicon 上，通常的原因是 debugserver 在 Rosetta 下运行（由 Intel 版 VS Code 启动）；其次是开发者模式权限。' },
  whyIntel: { en: 'On an Intel Mac the usual causes are developer mode being off, the user not in the _developer group, or missing Command Line Tools.', zh: '在 Intel Mac 上，通常的原因是开发者模式未开启、用户不在 _developer 组中，或缺少 Command Line Tools。' },
  whyUnknown: { en: 'On Apple Silicon the usual cause is debugserver running under Rosetta (an Intel VS Code); on Intel, permissions. {unknown}', zh: '在 Apple Silicon 上，通常的原因是 debugserver 在 Rosetta 下运行（Intel 版 VS Code）；在 Intel 上则是权限问题。{unknown}' },
  dsExited: { en: 'debugserver started and exited before Delve could connect to it. {why}', zh: 'debugserver 启动后在 Delve 连接之前就退出了。{why}' },
  dsExitedStatus: { en: 'debugserver started and exited before Delve could connect to it ({status}). {why}', zh: 'debugserver 启动后在 Delve 连接之前就退出了（{status}）。{why}' },
  osKernIntel: { en: 'debugserver could not control the process ((os/kern) invalid argument).', zh: 'debugserver 无法控制该进程（(os/kern) invalid argument）。' },
});

function stubExitedFixes(r: TextContext): { fixes: Fix[]; why: string } {
  if (r.hw === 'arm64') return { fixes: [...rosettaFixes(), ...permissionFixes()], why: t(M.whyArm) };
  if (r.hw === 'x86_64') return { fixes: permissionFixes(), why: t(M.whyIntel) };
  return { fixes: [whichCpu(), ...permissionFixes(), ...onAppleSilicon(rosettaFixes())], why: t(M.whyUnknown, { unknown: unknownCpu() }) };
}

export default defineFinding({
  code: 'debugserver-stub-exited',
  component: 'debugserver',
  severity: 'error',
  rank: 2,
  title: { en: 'debugserver exited before Delve could connect', zh: 'debugserver 在 Delve 连接之前退出了' },
  texts: M,
  dap: [
    {
      re: STUB_EXITED_WAITING,
      build: (m, line, r, make) => {
        if (offMac(r.platform)) return undefined;
        const { fixes, why } = stubExitedFixes(r);
        const status = m[1]?.trim();
        return make({ detail: t(status ? M.dsExitedStatus : M.dsExited, { status: status ?? '', why }), evidence: [line, ...bannerEvidence(r), ...hwEvidence(r)], fixes });
      },
    },
    {
      // On Apple Silicon the same words are debugserver-translated's.
      re: /\(os\/kern\) invalid argument/gi,
      build: (_m, line, r, make) => (r.hw === 'x86_64' ? make({ detail: t(M.osKernIntel), evidence: [line, ...hwEvidence(r)], fixes: permissionFixes() }) : undefined),
    },
  ],
});
