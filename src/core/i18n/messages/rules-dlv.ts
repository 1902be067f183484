/** Texts of the dlv rules (src/core/rules/darwin/dlv.ts, rules/reach.ts). */
import { messages } from '../index';

export const RULES_DLV = messages({
  noRosetta: {
    en: 'dlv ({path}) is built for {archs} and Rosetta is not installed, so macOS cannot start it at all ("Bad CPU type in executable", errno -86): nothing after it runs. Installing Rosetta would not help: a translated dlv refuses to debug. Install a dlv for {hw}.',
    zh: 'dlv（{path}）是为 {archs} 构建的，而这台 Mac 没有安装 Rosetta，因此 macOS 根本无法启动它（"Bad CPU type in executable"，errno -86）：之后的环节都不会运行。安装 Rosetta 也没有用：在转译下运行的 dlv 会拒绝调试。请安装适用于 {hw} 的 dlv。',
  },
  translated: {
    en: 'dlv ({path}) is built for x86_64 and runs under Rosetta on {hw}. Delve refuses at launch, before it looks for debugserver: "can not run under Rosetta, check that the installed build of Go is right for your CPU architecture".',
    zh: 'dlv（{path}）是为 x86_64 构建的，在 {hw} 上通过 Rosetta 运行。Delve 会在启动时、查找 debugserver 之前拒绝："can not run under Rosetta, check that the installed build of Go is right for your CPU architecture"。',
  },
  translatedOrNot: {
    en: 'dlv ({path}) is built for x86_64 on {hw}: with Rosetta installed it runs translated and refuses at launch ("can not run under Rosetta…"); without Rosetta macOS cannot start it ("Bad CPU type in executable"). Which of the two was not checked; either way nothing after dlv runs.',
    zh: 'dlv（{path}）是为 x86_64 构建的，运行在 {hw} 上：如果安装了 Rosetta，它会在转译下运行并在启动时拒绝（"can not run under Rosetta…"）；如果没有 Rosetta，macOS 无法启动它（"Bad CPU type in executable"）。没有检查是哪一种；无论哪种，dlv 之后的环节都不会运行。',
  },
  otherCpu: {
    en: 'dlv ({path}) is built for {archs} and cannot run on {hw} ("Bad CPU type in executable", spawn error -86).',
    zh: 'dlv（{path}）是为 {archs} 构建的，无法在 {hw} 上运行（"Bad CPU type in executable"，spawn 错误 -86）。',
  },
  notReached: {
    en: '{detail} Not reached today: {cause} stops the launch before this point; it matters once that is fixed.',
    zh: '{detail} 目前不会走到这一步：{cause} 会在此之前终止启动；修复之后这一点才有影响。',
  },
  remoteOnly: {
    en: '{detail} This only affects local launches: this configuration connects to a dlv server at {host}:{port}, which runs its own build and debugger.',
    zh: '{detail} 这只影响本地启动：此配置连接到位于 {host}:{port} 的 dlv 服务器，由它自己构建和调试。',
  },
  healthy: { en: 'dlv {version} for {arch} runs natively on this Mac', zh: 'dlv {version}（{arch}）在这台 Mac 上原生运行' },
});
