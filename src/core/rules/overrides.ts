/** GOARCH / GOOS set away from this Mac in go.toolsEnvVars, the launch env or the envFile (the blog's advice). */
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import { machOToGoarch } from '../probe/arch';
import { scopeOf, stringRecord } from '../probe/settings';
import { ruleFinding, launchEdit, manual, settingsEdit, type MachineRule } from './finding';
import { withArticle } from '../i18n';

function hwGoarch(m: Machine): string | undefined {
  return machOToGoarch(m.host.hardware);
}

export const settingsOverrides: MachineRule = (m) => {
  const tools = stringRecord(m.settings['go.toolsEnvVars']);
  const out: Finding[] = [];
  const want = hwGoarch(m);
  if (tools.GOARCH && want && tools.GOARCH !== want) {
    out.push(ruleFinding('settings-goarch-override', {
      detail: `go.toolsEnvVars sets GOARCH=${tools.GOARCH}, so dlv builds ${withArticle(tools.GOARCH)} program on this ${want} Mac. An ${want} Delve cannot debug it, and a dlv installed through the Go tools gets the wrong arch. This setting is the popular advice for the liblldb error; it makes things worse.`,
      evidence: [`go.toolsEnvVars.GOARCH = ${tools.GOARCH}`, `hardware GOARCH = ${want}`],
      fixes: [settingsEdit('Remove GOARCH from go.toolsEnvVars', ['go.toolsEnvVars', 'GOARCH'], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', 'GOARCH'))],
    }));
  }
  if (tools.GOOS && tools.GOOS !== 'darwin') {
    out.push(ruleFinding('settings-goos-override', {
      detail: `go.toolsEnvVars sets GOOS=${tools.GOOS}: dlv builds a program for ${tools.GOOS}, which cannot run or be debugged on macOS.`,
      evidence: [`go.toolsEnvVars.GOOS = ${tools.GOOS}`],
      fixes: [settingsEdit('Remove GOOS from go.toolsEnvVars', ['go.toolsEnvVars', 'GOOS'], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', 'GOOS'))],
    }));
  }
  return out;
};

export const launchOverrides: MachineRule = (m) => {
  const out: Finding[] = [];
  const want = hwGoarch(m);
  for (const [key, bad] of [['GOARCH', (v: string) => Boolean(want) && v !== want], ['GOOS', (v: string) => v !== 'darwin']] as const) {
    const inEnv = m.launch.env[key];
    const inFile = m.launch.envFile?.values[key];
    const value = inEnv ?? inFile;
    if (!value || !bad(value)) continue;
    const code = key === 'GOARCH' ? 'launch-goarch-override' : 'launch-goos-override';
    const fix = inEnv !== undefined
      ? launchEdit(`Remove ${key} from the launch configuration's env`, m, ['env', key], { remove: true })
      : manual(`Remove ${key} from the envFile`, m.launch.envFile?.path);
    out.push(ruleFinding(code, {
      detail: key === 'GOARCH'
        ? `The launch configuration sets GOARCH=${value} (${inEnv !== undefined ? 'env' : 'envFile'}), so dlv builds ${withArticle(value)} program on this ${want} Mac, which this Delve cannot debug.`
        : `The launch configuration sets GOOS=${value}: the program is built for ${value} and cannot run on macOS.`,
      evidence: [`${inEnv !== undefined ? 'env' : `envFile ${m.launch.envFile?.path}`}: ${key}=${value}`, ...(key === 'GOARCH' ? [`hardware GOARCH = ${want}`] : [])],
      fixes: [fix],
    }));
  }
  return out;
};
