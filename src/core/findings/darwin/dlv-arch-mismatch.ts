/**
 * dlv-arch-mismatch: an x86_64 dlv on Apple silicon with Rosetta (or Rosetta's state unknown): it runs translated
 * and Delve refuses at launch, before it looks for debugserver ("can not run under Rosetta…", GROUND_TRUTH §6).
 * Before launch from dlv's slices (findings/dlvArch.ts); Delve's words after F5 are dlv-translated's.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { dlvArchFinding } from '../dlvArch';

const A = messages({
  translated: {
    en: 'dlv ({path}) is built for x86_64 and runs under Rosetta on {hw}. Delve refuses at launch, before it looks for debugserver: "can not run under Rosetta, check that the installed build of Go is right for your CPU architecture".',
    zh: 'dlv（{path}）是为 x86_64 构建的，在 {hw} 上通过 Rosetta 运行。Delve 会在启动时、查找 debugserver 之前拒绝："can not run under Rosetta, check that the installed build of Go is right for your CPU architecture"。',
  },
  translatedOrNot: {
    en: 'dlv ({path}) is built for x86_64 on {hw}: with Rosetta installed it runs translated and refuses at launch ("can not run under Rosetta…"); without Rosetta macOS cannot start it ("Bad CPU type in executable"). Which of the two was not checked; either way nothing after dlv runs.',
    zh: 'dlv（{path}）是为 x86_64 构建的，运行在 {hw} 上：如果安装了 Rosetta，它会在转译下运行并在启动时拒绝（"can not run under Rosetta…"）；如果没有 Rosetta，macOS 无法启动它（"Bad CPU type in executable"）。没有检查是哪一种；无论哪种，dlv 之后的环节都不会运行。',
  },
});

export default defineFinding({
  code: 'dlv-arch-mismatch',
  component: 'dlv',
  severity: 'error',
  title: { en: 'dlv is built for the other CPU', zh: 'dlv 是为另一种 CPU 构建的' },
  texts: A,
  platforms: ['darwin'],
  check: (m, make) => dlvArchFinding(m, make, 'dlv-arch-mismatch', (p) => t(m.dlv.rosetta === 'installed' ? A.translated : A.translatedOrNot, p)),
});
