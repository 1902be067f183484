/**
 * What a snapshot keeps of machine.json's parts (issue #9 item 2, issue 16 item 3): only what the diagnosis reads.
 * Env-like maps keep the keys of the one list (./keptEnv.ts); settings keep SNAPSHOT_SETTING_KEYS; a launch
 * configuration keeps the attributes the probes read (LAUNCH_VALUES; `buildFlags` word by word, ./buildInfo.ts),
 * the names of attributes vscode-go does not know (the launch-unknown-attribute rule reads the name), and nothing
 * else; command output keeps what the probe parses (`go env -json`: the listed keys; `go version -m`: module
 * lines and listed build settings); credentials inside URLs anywhere become `***`.
 */
import type { CommandResult } from '../host/types';
import { KNOWN_LAUNCH_ATTRS } from '../probe/launch';
import type { GoSettings, SettingsByScope } from '../probe/settings';
import { parseJsonText } from '../launch/jsonText';
import { keptBuildFlags, keptGoVersionM } from './buildInfo';
import { keptEnv, withoutCredentials } from './keptEnv';

export { keptEnv } from './keptEnv';

/** The settings the probes read (SNAPSHOT.md §1); every other key of a settings file is dropped. */
const SNAPSHOT_SETTING_KEYS = [
  'go.toolsEnvVars', 'go.alternateTools', 'go.toolsGopath', 'go.goroot', 'go.gopath', 'go.terminal.activateEnvironment', 'goLldbDoctor.lldbPaths',
] as const;

/** Launch attributes whose values the probes and rules read (probe/launch.ts, target.ts, findings/darwin/launch-*-backend.ts, rules/darwin/macos.ts). */
const LAUNCH_VALUES = [
  'name', 'type', 'request', 'mode', 'program', 'cwd', 'output', 'env', 'envFile', 'buildFlags', 'dlvFlags', 'backend', 'port', 'host', 'processId', 'debugAdapter', 'substitutePath',
] as const;
const VALUES = new Set<string>(LAUNCH_VALUES);

/** A deep copy with credentials removed from every string. */
function scrub(v: unknown): unknown {
  if (typeof v === 'string') return withoutCredentials(v);
  if (Array.isArray(v)) return v.map(scrub);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
  return v;
}

export function keptSettings(s: GoSettings): GoSettings {
  const out: Record<string, unknown> = {};
  for (const k of SNAPSHOT_SETTING_KEYS) {
    if (!(k in s)) continue;
    out[k] = k === 'go.toolsEnvVars' && s[k] ? keptEnv(s[k]) : scrub(s[k]);
  }
  return out as GoSettings;
}

export function keptSettingsByScope(b: SettingsByScope): SettingsByScope {
  const out: SettingsByScope = {};
  for (const [scope, s] of Object.entries(b) as [keyof SettingsByScope, GoSettings | undefined][]) if (s) out[scope] = keptSettings(s);
  return out;
}

/** One value of LAUNCH_VALUES as kept. */
function keptValue(k: string, v: unknown): unknown {
  if (k === 'env') return v && typeof v === 'object' ? keptEnv(v) : undefined;
  if (k === 'buildFlags') return keptBuildFlags(v);
  return typeof v === 'object' && v !== null ? undefined : scrub(v);
}

export function keptLaunch(config: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (VALUES.has(k)) {
      const x = keptValue(k, v);
      if (x !== undefined) out[k] = x;
    } else if (!KNOWN_LAUNCH_ATTRS.has(k) && !k.startsWith('__')) out[k] = null;
  }
  return out;
}

/** launch.json rewritten with each configuration kept as keptLaunch keeps it (comments dropped); undefined if unparsable. */
export function keptLaunchJson(text: string): string | undefined {
  const parsed = parseJsonText(text, 'launch.json', { jsonc: true });
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') return undefined;
  const v = parsed.value as { version?: unknown; configurations?: unknown };
  if (!Array.isArray(v.configurations)) return undefined;
  const configurations = v.configurations.map((c: unknown) => (c && typeof c === 'object' && !Array.isArray(c) ? keptLaunch(c as Record<string, unknown>) : null));
  return JSON.stringify({ version: typeof v.version === 'string' ? v.version : '0.2.0', configurations }, null, 2) + '\n';
}

/** A recorded command without secrets: what its probe parses, any other output without URL credentials. */
export function keptCommand(c: CommandResult): CommandResult {
  const out: CommandResult = { ...c };
  if (c.argv[1] === 'env' && c.argv[2] === '-json' && c.stdout !== undefined) {
    const parsed = parseJsonText(c.stdout, 'go env -json', { jsonc: false });
    out.stdout = parsed.ok ? JSON.stringify(keptEnv(parsed.value), null, 2) + '\n' : '';
  } else if (c.argv[1] === 'version' && c.argv[2] === '-m' && c.stdout !== undefined) out.stdout = keptGoVersionM(c.stdout);
  else if (c.stdout !== undefined) out.stdout = withoutCredentials(c.stdout);
  if (c.stderr !== undefined) out.stderr = withoutCredentials(c.stderr);
  return out;
}
