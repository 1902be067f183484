/**
 * What a snapshot keeps (issue #9 item 2): only what the diagnosis reads. Every env-like map (the host env, the
 * launch `env`, an envFile, `go.toolsEnvVars`, the output of `go env -json`) keeps the keys of
 * SNAPSHOT_ENV_KEYS only; settings keep the keys the probes read; the launch configuration loses its `args`;
 * and credentials inside URLs anywhere (`https://me:TOKEN@host`) become `https://***@host`.
 */
import type { CommandResult } from '../host/types';
import type { FileKind } from '../io/read';
import { parseEnvFile } from '../probe/launch';
import type { GoSettings, SettingsByScope } from '../probe/settings';
import { parseJsonText } from '../snapfile/jsonText';
import { SNAPSHOT_ENV_KEYS } from '../snapfile/machineJson';

/** The settings the probes read (SNAPSHOT.md §1); every other key of a settings file is dropped. */
const SNAPSHOT_SETTING_KEYS = [
  'go.toolsEnvVars', 'go.alternateTools', 'go.toolsGopath', 'go.goroot', 'go.gopath', 'go.delveConfig', 'goLldbDoctor.lldbPaths',
] as const;

/** Launch attributes the diagnosis never reads and that commonly carry secrets. */
const DROPPED_LAUNCH_KEYS = new Set(['args']);

const KEEP_ENV = new Set<string>(SNAPSHOT_ENV_KEYS);

/** `scheme://user:password@host` → `scheme://***@host`, everywhere in a string. */
export function withoutCredentials(s: string): string {
  return s.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s"']*@/gi, '$1***@');
}

/** A deep copy with credentials removed from every string. */
function scrub(v: unknown): unknown {
  if (typeof v === 'string') return withoutCredentials(v);
  if (Array.isArray(v)) return v.map(scrub);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
  return v;
}

/** Only the relevant keys of an env-like map, as strings, without credentials. */
export function keptEnv(map: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!map || typeof map !== 'object' || Array.isArray(map)) return out;
  for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
    if (!KEEP_ENV.has(k) || v === null || v === undefined || typeof v === 'object') continue;
    out[k] = withoutCredentials(String(v));
  }
  return out;
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

export function keptLaunch(config: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (DROPPED_LAUNCH_KEYS.has(k)) continue;
    out[k] = k === 'env' && v && typeof v === 'object' ? keptEnv(v) : scrub(v);
  }
  return out;
}

/** launch.json rewritten with each configuration kept as keptLaunch keeps it (comments dropped); undefined if unparsable. */
export function keptLaunchJson(text: string): string | undefined {
  const parsed = parseJsonText(text, 'launch.json', { jsonc: true });
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') return undefined;
  const v = parsed.value as { version?: unknown; configurations?: unknown };
  if (!Array.isArray(v.configurations)) return undefined;
  const configurations = v.configurations.map((c: unknown) => (c && typeof c === 'object' && !Array.isArray(c) ? keptLaunch(c as Record<string, unknown>) : c));
  return JSON.stringify({ version: typeof v.version === 'string' ? v.version : '0.2.0', configurations }, null, 2) + '\n';
}

/** What capture keeps of a text file the probes read in full: an envFile keeps its relevant keys only. */
export function keptText(kind: FileKind | number | undefined, text: string): string {
  if (kind !== 'envFile') return withoutCredentials(text);
  return Object.entries(keptEnv(parseEnvFile(text))).map(([k, v]) => `${k}=${v}\n`).join('');
}

/** A recorded command without secrets: `go env -json` keeps the relevant keys; any output loses URL credentials. */
export function keptCommand(c: CommandResult): CommandResult {
  const out: CommandResult = { ...c };
  if (c.argv[1] === 'env' && c.argv[2] === '-json' && c.stdout !== undefined) {
    const parsed = parseJsonText(c.stdout, 'go env -json', { jsonc: false });
    out.stdout = parsed.ok ? JSON.stringify(keptEnv(parsed.value), null, 2) + '\n' : '';
  } else if (c.stdout !== undefined) out.stdout = withoutCredentials(c.stdout);
  if (c.stderr !== undefined) out.stderr = withoutCredentials(c.stderr);
  return out;
}
