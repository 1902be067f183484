/**
 * The environment of the dlv process (GROUND_TRUTH §3): `process.env` + (`go.toolsEnvVars` ⊕ `envFile` ⊕ launch
 * `env`), each value with its origin so that a finding can point at the place to edit.
 */
import type { EnvValue, LaunchFacts } from './machine';
import { scopeOf, stringRecord, type GoSettings, type SettingsByScope } from './settings';
import { substitute, type SubstVars } from './launch';

/**
 * The whole environment vscode-go gives dlv: the host's, then go.toolsEnvVars, the envFile, the launch `env` (the
 * later wins). The self-test starts dlv with it, as F5 does; a diagnosis reads only its listed keys
 * (probeChainStart in ./start.ts keeps both).
 */
export function dlvSpawnEnvironment(
  hostEnv: Readonly<Record<string, string>>,
  settings: GoSettings,
  byScope: SettingsByScope | undefined,
  launch: LaunchFacts,
  vars: SubstVars,
): Record<string, EnvValue> {
  const out: Record<string, EnvValue> = {};
  for (const [k, v] of Object.entries(hostEnv)) out[k] = { value: v, origin: 'env' };
  for (const [k, v] of Object.entries(stringRecord(settings['go.toolsEnvVars']))) {
    const ev: EnvValue = { value: substitute(v, vars), origin: 'toolsEnvVars' };
    const scope = scopeOf(byScope, 'go.toolsEnvVars', k);
    if (scope) ev.scope = scope;
    out[k] = ev;
  }
  for (const [k, v] of Object.entries(launch.envFile?.values ?? {})) out[k] = { value: v, origin: 'envFile' };
  for (const [k, v] of Object.entries(launch.env)) out[k] = { value: v, origin: 'launch.env' };
  return out;
}

/** The directories of a PATH value, in order. */
export function pathDirs(pathValue: string | undefined): string[] {
  return (pathValue ?? '').split(':').filter((d) => d.startsWith('/'));
}
