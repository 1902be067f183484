/**
 * GOARCH / GOOS set away from this Mac, read where vscode-go takes them for the build dlv starts: go.toolsEnvVars
 * (settings), the launch configuration's env, its envFile (vscode-go merges the three; goDebugConfiguration.ts).
 * Shared by settings-goarch-override, settings-goos-override, launch-goarch-override and launch-goos-override:
 * each names the key and what the value means; the lookup, the evidence and the fix that removes it are here. Their
 * checks run on macOS only (platforms ['darwin']).
 */
import { messages, t } from '../i18n';
import { goarchOf } from '../arch/names';
import type { Machine } from '../probe/machine';
import { scopeOf, stringRecord } from '../probe/settings';
import type { Finding } from '../report/types';
import type { Make } from './define';
import { launchEdit, manual, settingsEdit } from './fixes';

/** The fixes' words; each module that uses them lists them in its texts (test/unit/i18n/catalogue.test.ts reads those). */
export const OVERRIDE_TEXTS = messages({
  removeFromTools: { en: 'Remove {key} from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 {key}' },
  removeFromLaunchEnv: { en: 'Remove {key} from the launch configuration\'s env', zh: '从启动配置的 env 中删除 {key}' },
  removeFromEnvFile: { en: 'Remove {key} from the envFile', zh: '从 envFile 中删除 {key}' },
});

type Key = 'GOARCH' | 'GOOS';

/** The GOARCH of this Mac's hardware (what its Delve debugs). */
export function hwGoarch(m: Machine): string | undefined {
  return goarchOf(m.host.hardware);
}

/** go.toolsEnvVars sets `key` to a value `bad` rejects: the finding that says so (`detail` of the value), else none. */
export function settingsOverride(m: Machine, make: Make, key: Key, bad: (v: string) => boolean, detail: (v: string) => string, evidence: string[] = []): Finding[] {
  const value = stringRecord(m.settings['go.toolsEnvVars'])[key];
  if (!value || !bad(value)) return [];
  return [make({
    detail: detail(value),
    evidence: [`go.toolsEnvVars.${key} = ${value}`, ...evidence],
    fixes: [settingsEdit(t(OVERRIDE_TEXTS.removeFromTools, { key }), ['go.toolsEnvVars', key], { remove: true }, scopeOf(m.settingsByScope, 'go.toolsEnvVars', key))],
  })];
}

/**
 * The launch configuration's env (else its envFile) sets `key` to a value `bad` rejects: the finding that says so
 * (`detail` of the value and where: 'env' or 'envFile'), else none.
 */
export function launchOverride(m: Machine, make: Make, key: Key, bad: (v: string) => boolean, detail: (v: string, where: 'env' | 'envFile') => string, evidence: string[] = []): Finding[] {
  const inEnv = m.launch.env[key];
  const value = inEnv ?? m.launch.envFile?.values[key];
  if (!value || !bad(value)) return [];
  const fix = inEnv !== undefined
    ? launchEdit(t(OVERRIDE_TEXTS.removeFromLaunchEnv, { key }), m, ['env', key], { remove: true })
    : manual(t(OVERRIDE_TEXTS.removeFromEnvFile, { key }), m.launch.envFile?.path);
  return [make({
    detail: detail(value, inEnv !== undefined ? 'env' : 'envFile'),
    evidence: [`${inEnv !== undefined ? 'env' : `envFile ${m.launch.envFile?.path}`}: ${key}=${value}`, ...evidence],
    fixes: [fix],
  })];
}
