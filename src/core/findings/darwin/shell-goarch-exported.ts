/**
 * shell-goarch-exported: GOARCH exported in the environment VS Code or the CLI inherited, for another CPU than the
 * Mac's: go builds, and dlv launches, a program for that CPU. A root cause (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { goarchOf } from '../../arch/names';
import { defineFinding } from '../define';
import { command as cmd, manual } from '../fixes';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const P = messages({
  goarchExported: { en: 'GOARCH={v} is exported in the environment VS Code inherited from your login shell, so `go build` (and the build dlv starts) targets {v} instead of {want}.', zh: 'VS Code 从登录 shell 继承的环境中导出了 GOARCH={v}，因此 `go build`（以及 dlv 启动的构建）以 {v} 而不是 {want} 为目标。' },
  removeExport: { en: 'Remove the GOARCH export from your shell profile', zh: '从 shell 配置文件中删除 GOARCH 的 export' },
  removeExportDetail: { en: 'Delete `export GOARCH={v}` from ~/.zshrc or ~/.zprofile, then restart VS Code.', zh: '从 ~/.zshrc 或 ~/.zprofile 中删除 `export GOARCH={v}`，然后重启 VS Code。' },
  unsetShell: { en: 'Unset it in the current shell', zh: '在当前 shell 中取消设置' },
  evExported: { en: 'GOARCH={goarch} in the environment (`echo $GOARCH`)', zh: '环境中的 GOARCH={goarch}（`echo $GOARCH`）' },
});

export default defineFinding({
  code: 'shell-goarch-exported',
  component: 'shell',
  severity: 'warning',
  rank: 0,
  title: { en: 'GOARCH is exported in the environment', zh: '环境中导出了 GOARCH' },
  texts: P,
  platforms: ['darwin'],
  check: (m, make) => {
    const v = m.env.GOARCH;
    const want = goarchOf(m.host.hardware);
    if (!v || !want || v === want) return [];
    return [make({
      detail: t(P.goarchExported, { v, want }),
      evidence: [t(P.evExported, { goarch: v }), t(EV.hardwareGoarch, { arch: want })],
      fixes: [manual(t(P.removeExport), t(P.removeExportDetail, { v })), cmd(t(P.unsetShell), 'unset GOARCH')],
    })];
  },
});
