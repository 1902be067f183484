/**
 * dlv-bad-cpu: macOS cannot start dlv at all ("Bad CPU type in executable", errno -86, GROUND_TRUTH §3 and §6):
 * an x86_64 dlv on Apple silicon without Rosetta, or an arm64 dlv on an Intel Mac. Before launch from dlv's slices
 * (findings/dlvArch.ts); after F5 from the spawn error on any line that is not Delve launching the program
 * (findings/sharedTexts.ts BAD_CPU; that one is target-arch-mismatch). A root cause: nothing after dlv runs.
 */
import { messages, t } from '../../i18n';
import { DAP_STUB } from '../../i18n/messages/dap-stub';
import type { Fix } from '../../report/types';
import { defineFinding } from '../define';
import { dlvArchFinding } from '../dlvArch';
import { BAD_CPU, programBadCpu } from '../sharedTexts';
import { alternateDlv, arm64Go, installDlv, whichCpu } from '../fixes';
import { hwEvidence } from '../hardware';
import { dlvEvidence } from '../textFixes';

const B = messages({
  noRosetta: {
    en: 'dlv ({path}) is built for {archs} and Rosetta is not installed, so macOS cannot start it at all ("Bad CPU type in executable", errno -86): nothing after it runs. Installing Rosetta would not help: a translated dlv refuses to debug. Install a dlv for {hw}.',
    zh: 'dlv（{path}）是为 {archs} 构建的，而这台 Mac 没有安装 Rosetta，因此 macOS 根本无法启动它（"Bad CPU type in executable"，errno -86）：之后的环节都不会运行。安装 Rosetta 也没有用：在转译下运行的 dlv 会拒绝调试。请安装适用于 {hw} 的 dlv。',
  },
  otherCpu: {
    en: 'dlv ({path}) is built for {archs} and cannot run on {hw} ("Bad CPU type in executable", spawn error -86).',
    zh: 'dlv（{path}）是为 {archs} 构建的，无法在 {hw} 上运行（"Bad CPU type in executable"，spawn 错误 -86）。',
  },
  dlvX86NoRosetta: { en: 'macOS cannot run this dlv: it is an x86_64 build and Rosetta is not installed. Do not install Rosetta for it: a translated dlv refuses to debug. Install an arm64 dlv.', zh: 'macOS 无法运行这个 dlv：它是 x86_64 构建，而 Rosetta 没有安装。不要为它安装 Rosetta：转译运行的 dlv 会拒绝调试。请安装 arm64 版的 dlv。' },
  dlvArmOnIntel: { en: 'macOS cannot run this dlv: it is an arm64 build, copied or installed with an Apple Silicon Go, on an Intel Mac.', zh: 'macOS 无法运行这个 dlv：它是 arm64 构建（由 Apple Silicon 版 Go 安装或从别处复制而来），而这是一台 Intel Mac。' },
  amd64Go: { en: 'Install the darwin/amd64 Go toolchain (go version must end in darwin/amd64)', zh: '安装 darwin/amd64 版 Go 工具链（go version 的输出必须以 darwin/amd64 结尾）' },
  x86Dlv: { en: 'Or point go.alternateTools.dlv at an x86_64 dlv', zh: '或者让 go.alternateTools.dlv 指向 x86_64 版的 dlv' },
  dlvOtherCpu: { en: 'macOS cannot run this dlv: it is built for the other CPU (errno -86, "Bad CPU type in executable"). {unknown}', zh: 'macOS 无法运行这个 dlv：它是为另一种 CPU 构建的（errno -86，"Bad CPU type in executable"）。{unknown}' },
  goForCpu: { en: 'Install the Go toolchain for this CPU (darwin/arm64 on Apple Silicon, darwin/amd64 on Intel)', zh: '安装适合这个 CPU 的 Go 工具链（Apple Silicon 上用 darwin/arm64，Intel 上用 darwin/amd64）' },
});

export default defineFinding({
  code: 'dlv-bad-cpu',
  component: 'dlv',
  severity: 'error',
  rank: 0,
  title: { en: 'dlv cannot run on this CPU', zh: 'dlv 无法在这个 CPU 上运行' },
  texts: B,
  platforms: ['darwin'],
  check: (m, make) => dlvArchFinding(m, make, 'dlv-bad-cpu', (p, rosetta) => t(rosetta ? B.noRosetta : B.otherCpu, p)),
  dap: [
    {
      re: BAD_CPU,
      build: (_m, line, r, make) => {
        if (programBadCpu(line)) return undefined;
        let fixes: Fix[];
        let detail: string;
        if (r.hw === 'arm64') {
          detail = t(B.dlvX86NoRosetta);
          fixes = [arm64Go(), installDlv(), alternateDlv()];
        } else if (r.hw === 'x86_64') {
          detail = t(B.dlvArmOnIntel);
          fixes = [{ kind: 'manual', title: t(B.amd64Go) }, installDlv(), { kind: 'manual', title: t(B.x86Dlv) }];
        } else {
          detail = t(B.dlvOtherCpu, { unknown: t(DAP_STUB.unknownCpu) });
          fixes = [whichCpu(), { kind: 'manual', title: t(B.goForCpu) }, installDlv()];
        }
        return make({ detail, evidence: [line, ...hwEvidence(r), ...dlvEvidence(r)], fixes });
      },
    },
  ],
});
