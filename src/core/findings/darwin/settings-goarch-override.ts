/**
 * settings-goarch-override: go.toolsEnvVars sets GOARCH for the other CPU than the Mac's. vscode-go passes
 * go.toolsEnvVars to every tool it runs (goEnv.ts toolExecutionEnvironment): the build dlv starts targets that CPU,
 * which this Delve cannot debug, and a dlv installed through the Go tools gets the wrong arch. It is the popular
 * advice for the liblldb error (GROUND_TRUTH §3). A root cause (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { hwGoarch, OVERRIDE_TEXTS, settingsOverride } from '../envOverride';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const P = messages({
  settingsGoarch: { en: 'go.toolsEnvVars sets GOARCH={goarch}, so dlv builds {goarch|a} program on this {want} Mac. {want|A} Delve cannot debug it, and a dlv installed through the Go tools gets the wrong arch. This setting is the popular advice for the liblldb error; it makes things worse.', zh: 'go.toolsEnvVars 设置了 GOARCH={goarch}，因此 dlv 在这台 {want} Mac 上构建的是 {goarch} 程序。{want} 的 Delve 无法调试它，通过 Go 工具安装的 dlv 也会得到错误的架构。这个设置是针对 liblldb 错误的流行建议，但它只会让情况更糟。' },
});

export default defineFinding({
  code: 'settings-goarch-override',
  component: 'settings',
  severity: 'error',
  rank: 0,
  title: { en: 'go.toolsEnvVars sets GOARCH to the other CPU', zh: 'go.toolsEnvVars 把 GOARCH 设成了另一种 CPU' },
  texts: { ...P, ...OVERRIDE_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => {
    const want = hwGoarch(m);
    if (!want) return [];
    return settingsOverride(m, make, 'GOARCH', (v) => v !== want, (goarch) => t(P.settingsGoarch, { goarch, want }), [t(EV.hardwareGoarch, { arch: want })]);
  },
});
