/** GOARCH / GOOS set away from this Mac in go.toolsEnvVars, the launch env or the envFile (the blog's advice). */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Finding } from '../../report/types';
import type { DarwinMachine } from '../../probe/machine';
import { goarchOf } from '../../arch/names';
import { scopeOf, stringRecord } from '../../probe/settings';
import { ruleFinding, launchEdit, manual, settingsEdit, type DarwinRule } from '../finding';

function hwGoarch(m: DarwinMachine): string | undefined {
  return goarchOf(m.host.hardware);
}

export const settingsOverrides: DarwinRule = (m) => {
  const tools = stringRecord(m.settings['go.toolsEnvVars']);
  const out: Finding[] = [];
  const want = hwGoarch(m);
  if (tools.GOARCH && want && tools.GOARCH !== want) {
    out.push(ruleFinding('settings-goarch-override', {
      detail: t(PRE.settingsGoarch, { goarch: tools.GOARCH, want }),
      evidence: [`go.toolsEnvVars.GOARCH = ${tools.GOARCH}`, `hardware GOARCH = ${want}`],
      fixes: [settingsEdit(t(PRE.removeFromTools, { key: 'GOARCH' }), ['go.toolsEnvVars', 'GOARCH'], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', 'GOARCH'))],
    }));
  }
  if (tools.GOOS && tools.GOOS !== 'darwin') {
    out.push(ruleFinding('settings-goos-override', {
      detail: t(PRE.settingsGoos, { goos: tools.GOOS }),
      evidence: [`go.toolsEnvVars.GOOS = ${tools.GOOS}`],
      fixes: [settingsEdit(t(PRE.removeFromTools, { key: 'GOOS' }), ['go.toolsEnvVars', 'GOOS'], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', 'GOOS'))],
    }));
  }
  return out;
};

export const launchOverrides: DarwinRule = (m) => {
  const out: Finding[] = [];
  const want = hwGoarch(m);
  for (const [key, bad] of [['GOARCH', (v: string) => Boolean(want) && v !== want], ['GOOS', (v: string) => v !== 'darwin']] as const) {
    const inEnv = m.launch.env[key];
    const inFile = m.launch.envFile?.values[key];
    const value = inEnv ?? inFile;
    if (!value || !bad(value)) continue;
    const code = key === 'GOARCH' ? 'launch-goarch-override' : 'launch-goos-override';
    const fix = inEnv !== undefined
      ? launchEdit(t(PRE.removeFromLaunchEnv, { key }), m, ['env', key], { remove: true })
      : manual(t(PRE.removeFromEnvFile, { key }), m.launch.envFile?.path);
    out.push(ruleFinding(code, {
      detail: key === 'GOARCH'
        ? t(PRE.launchGoarch, { value, where: inEnv !== undefined ? 'env' : 'envFile', want: want ?? '' })
        : t(PRE.launchGoos, { value }),
      evidence: [`${inEnv !== undefined ? 'env' : `envFile ${m.launch.envFile?.path}`}: ${key}=${value}`, ...(key === 'GOARCH' ? [`hardware GOARCH = ${want}`] : [])],
      fixes: [fix],
    }));
  }
  return out;
};
