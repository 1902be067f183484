/**
 * vscode-translated: VS Code (the probing process is its extension host) runs under Rosetta on Apple Silicon
 * (sysctl.proc_translated = 1): every tool it starts inherits x86_64, and Delve refuses to debug under Rosetta
 * (GROUND_TRUTH §3). A root cause: what it explains follows it (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { defineFinding } from '../define';
import { lipo, manual } from '../fixes';

const P = messages({
  vscodeTranslated: { en: 'VS Code runs as x86_64 under Rosetta on this Apple silicon Mac. Everything it starts prefers x86_64 too: debugserver runs translated and fails, and Delve refuses to run under Rosetta.', zh: '在这台 Apple silicon Mac 上，VS Code 以 x86_64 方式在 Rosetta 下运行。它启动的一切也优先使用 x86_64：debugserver 以转译方式运行并失败，Delve 拒绝在 Rosetta 下运行。' },
  getInfo: { en: 'Turn off "Open using Rosetta" for Visual Studio Code', zh: '为 Visual Studio Code 关闭"使用 Rosetta 打开"（Open using Rosetta）' },
  getInfoDetail: { en: 'In Finder, select Visual Studio Code.app, File > Get Info, and clear "Open using Rosetta". Then quit and reopen VS Code.', zh: '在访达中选中 Visual Studio Code.app，选择"文件 > 显示简介"（File > Get Info），取消勾选"使用 Rosetta 打开"（Open using Rosetta）。然后退出并重新打开 VS Code。' },
  installVscode: { en: 'Install the Apple Silicon (or Universal) build of VS Code', zh: '安装 Apple Silicon（或 Universal）版本的 VS Code' },
  installVscodeDetail: { en: 'Download it from https://code.visualstudio.com/download, replace the app in /Applications, and check that Code > About shows arm64.', zh: '从 https://code.visualstudio.com/download 下载，替换 /Applications 中的应用，并确认 Code > About 显示 arm64。' },
});

export default defineFinding({
  code: 'vscode-translated',
  component: 'vscode',
  severity: 'error',
  rank: 0,
  title: { en: 'VS Code runs under Rosetta', zh: 'VS Code 在 Rosetta 下运行' },
  texts: P,
  platforms: ['darwin'],
  check: (m, make) => {
    const h = m.host;
    if (!h.translated || h.hardware !== 'arm64' || !h.isVscode) return [];
    const evidence = ['sysctl.proc_translated = 1 (`sysctl -in sysctl.proc_translated`)', 'hw.optional.arm64 = 1: Apple silicon', `process.arch = ${h.processArch}`];
    if (h.exec) evidence.push(`${h.exec.path}: ${archList(h.exec.archs)} (\`${lipo(h.exec.path)}\`)`);
    const universal = Boolean(h.exec?.archs.some((a) => a.startsWith('arm64')));
    const getInfo = manual(t(P.getInfo), t(P.getInfoDetail));
    const install = manual(t(P.installVscode), t(P.installVscodeDetail));
    return [make({ detail: t(P.vscodeTranslated), evidence, fixes: universal ? [getInfo, install] : [install, getInfo] })];
  },
});
