/**
 * launch-goarch-override: the launch configuration (its env, else its envFile) sets GOARCH for the other CPU than
 * the Mac's, so the build dlv starts targets a CPU this Delve cannot debug (GROUND_TRUTH §3). Before F5 a check of
 * launch.json (macOS); after F5, on every platform, the launch request's env.GOARCH (vscode-go merges
 * go.toolsEnvVars, envFile and env into it) named as the likely root cause of a failed launch. A root cause
 * (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { normalizeHardware } from '../../arch/names';
import type { Finding } from '../../report/types';
import { defineFinding } from '../define';
import { hwGoarch, launchOverride, OVERRIDE_TEXTS } from '../envOverride';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const P = messages({
  launchGoarch: { en: 'The launch configuration sets GOARCH={value} ({where}), so dlv builds {value|a} program on this {want} Mac, which this Delve cannot debug.', zh: '启动配置设置了 GOARCH={value}（{where}），因此 dlv 在这台 {want} Mac 上构建的是 {value} 程序，这个 Delve 无法调试它。' },
  requestGoarch: { en: 'The launch request sets GOARCH={goarch}, so the program is built for the other CPU than this {hw} Mac and Delve cannot debug it natively. vscode-go merges go.toolsEnvVars, envFile and the configuration\'s env into it, so the value may come from any of the three.', zh: 'launch 请求设置了 GOARCH={goarch}，因此程序是为与这台 {hw} Mac 不同的 CPU 构建的，Delve 无法以原生方式调试它。vscode-go 会把 go.toolsEnvVars、envFile 和配置的 env 合并进来，所以这个值可能来自三者中的任何一个。' },
  removeLaunchEnv: { en: 'Remove GOARCH from the configuration\'s env and envFile in launch.json', zh: '从 launch.json 中该配置的 env 和 envFile 里删除 GOARCH' },
  removeToolsEnv: { en: 'Remove GOARCH from go.toolsEnvVars in settings.json', zh: '从 settings.json 的 go.toolsEnvVars 中删除 GOARCH' },
});

const MODULE = defineFinding({
  code: 'launch-goarch-override',
  component: 'launch',
  severity: 'error',
  rank: 0,
  title: { en: 'launch.json sets GOARCH to the other CPU', zh: 'launch.json 把 GOARCH 设成了另一种 CPU' },
  texts: { ...P, ...OVERRIDE_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => {
    const want = hwGoarch(m);
    if (!want) return [];
    return launchOverride(m, make, 'GOARCH', (v) => v !== want, (value, where) => t(P.launchGoarch, { value, where, want }), [t(EV.hardwareGoarch, { arch: want })]);
  },
});
export default MODULE;

/**
 * What the classifier adds after its text rules (dap/classify.ts): when the text reports an error and the launch
 * request carried GOARCH for another CPU than the machine's, that override is the likely root cause.
 */
export function requestGoarchFinding(found: readonly Finding[], r: { hw?: string; launch: { goarch?: string } }): Finding[] {
  const goarch = r.launch.goarch;
  if (!goarch || !r.hw || found.every((f) => f.severity !== 'error')) return [];
  const target = normalizeHardware(goarch);
  if (!target || target === r.hw) return [];
  return [MODULE.make({
    detail: t(P.requestGoarch, { goarch, hw: r.hw }),
    evidence: [t(EV.launchRequest, { what: `env.GOARCH=${goarch}` }), t(EV.hardware, { arch: String(r.hw) })],
    fixes: [{ kind: 'manual', title: t(P.removeLaunchEnv) }, { kind: 'manual', title: t(P.removeToolsEnv) }],
  })];
}
