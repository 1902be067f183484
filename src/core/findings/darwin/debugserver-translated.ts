/**
 * debugserver-translated: debugserver runs under Rosetta on an Apple Silicon Mac, because it has only an x86_64
 * slice or because a translated process starts it (GROUND_TRUTH §3); it then fails ("stub exited while waiting for
 * connection"). A root cause of the stub's exit (report/rank.ts). Before launch from the stub probe; after F5 from
 * debugserver's banner (`debugserver-@(#)PROGRAM:LLDB PROJECT:lldb-… for x86_64.`) and its "(os/kern) invalid
 * argument" on Apple Silicon.
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { bannerEvidence, debugserverRunning, onAppleSilicon, stubFixes } from '../debugserver';
import { defineFinding } from '../define';
import { manual, rosettaFixes, whichCpu } from '../fixes';
import { hwEvidence, unknownCpu } from '../hardware';

const M = messages({
  evNoArm64Slice: { en: 'it has no arm64 slice', zh: '它没有 arm64 切片' },
  evStartedTranslated: { en: 'it is started by a process running under Rosetta, which makes it pick its x86_64 slice', zh: '启动它的进程运行在 Rosetta 下，因此它选用了自己的 x86_64 切片' },
  dsOnlyOwn: { en: 'debugserver ({path}) has only {archs}: it runs under Rosetta and fails ("stub exited while waiting for connection").', zh: 'debugserver（{path}）只有 {archs}：它在 Rosetta 下运行并失败（"stub exited while waiting for connection"）。' },
  dsUniversal: { en: 'debugserver ({path}) is universal, but it is started from a process under Rosetta, so it runs its x86_64 slice translated and fails ("stub exited while waiting for connection").', zh: 'debugserver（{path}）是通用二进制，但它由 Rosetta 下的进程启动，因此以转译方式运行 x86_64 切片并失败（"stub exited while waiting for connection"）。' },
  runNative: { en: 'Run VS Code and dlv natively (arm64)', zh: '以原生方式（arm64）运行 VS Code 和 dlv' },
  runNativeDetail: { en: 'Fix the finding this follows from (VS Code, the terminal or dlv under Rosetta); debugserver then runs its arm64 slice.', zh: '先修复导致它的那一项（VS Code、终端或 dlv 在 Rosetta 下运行）；之后 debugserver 会运行它的 arm64 切片。' },
  bannerArm: { en: 'debugserver announced itself as x86_64 on an Apple Silicon Mac: it runs under Rosetta, because the process that started it (VS Code, the terminal, or dlv) is x86_64. A translated debugserver cannot debug.', zh: 'debugserver 在 Apple Silicon Mac 上自称 x86_64：它在 Rosetta 下运行，因为启动它的进程（VS Code、终端或 dlv）是 x86_64。转译运行的 debugserver 无法调试。' },
  bannerUnknown: { en: 'debugserver announced itself as x86_64 and then failed. That is normal on an Intel Mac but means it runs under Rosetta on Apple Silicon. {unknown}', zh: 'debugserver 自称 x86_64，随后失败。这在 Intel Mac 上是正常的，但在 Apple Silicon 上意味着它在 Rosetta 下运行。{unknown}' },
  osKern: { en: 'debugserver failed with "(os/kern) invalid argument", what it prints when it runs under Rosetta on an Apple Silicon Mac (started by an x86_64 VS Code, terminal or dlv).', zh: 'debugserver 失败并输出 "(os/kern) invalid argument"，这是它在 Apple Silicon Mac 上以 Rosetta 运行时（由 x86_64 的 VS Code、终端或 dlv 启动）的输出。' },
  evRunsAs: { en: 'debugserver runs as {arch} (lldb-{version})', zh: 'debugserver 以 {arch} 运行（lldb-{version}）' },
});

export default defineFinding({
  code: 'debugserver-translated',
  component: 'debugserver',
  severity: 'error',
  rank: 0,
  title: { en: 'debugserver runs under Rosetta', zh: 'debugserver 在 Rosetta 下运行' },
  texts: M,
  darwin: (x, make) => {
    const ds = debugserverRunning(x, 'rosetta');
    if (!ds) return [];
    const own = !ds.archs.some((a) => a.startsWith('arm64'));
    const evidence = [...ds.evidence, t(own ? M.evNoArm64Slice : M.evStartedTranslated)];
    return [make({
      detail: own ? t(M.dsOnlyOwn, { path: ds.path, archs: archList(ds.archs) }) : t(M.dsUniversal, { path: ds.path }),
      evidence,
      fixes: own ? stubFixes(x) : [manual(t(M.runNative), t(M.runNativeDetail))],
    })];
  },
  dap: [
    {
      re: /debugserver-@(?:\(#\))?\s*PROGRAM:\s*LLDB\s+PROJECT:\s*lldb-([\w.]+)\s+for\s+(\w+)\./gi,
      build: (m, line, r, make) => {
        if (!/^x86_64/i.test(m[2] ?? '') || r.hw === 'x86_64') return undefined;
        const evidence = [line, t(M.evRunsAs, { arch: m[2] ?? '', version: m[1] ?? '' }), ...hwEvidence(r)];
        if (r.hw === 'arm64') return make({ detail: t(M.bannerArm), evidence, fixes: rosettaFixes() });
        if (!r.facts.failed) return undefined;
        return make({ detail: t(M.bannerUnknown, { unknown: unknownCpu() }), evidence, fixes: [whichCpu(), ...onAppleSilicon(rosettaFixes())], severity: 'warning' });
      },
    },
    {
      // On an Intel Mac the same words are debugserver-stub-exited's.
      re: /\(os\/kern\) invalid argument/gi,
      build: (_m, line, r, make) => (r.hw === 'x86_64' ? undefined : make({ detail: t(M.osKern), evidence: [line, ...bannerEvidence(r), ...hwEvidence(r)], fixes: rosettaFixes() })),
    },
  ],
});
