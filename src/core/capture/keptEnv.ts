/**
 * What a snapshot keeps of an env-like map (the host env, launch `env`, an envFile, go.toolsEnvVars, `go env -json`,
 * a dev container's containerEnv/remoteEnv): the keys of the one list (../snapfile/envKeys.ts), as strings, with
 * credentials inside URLs (`https://me:TOKEN@host`) removed from the values kept.
 */
import { isEnvKey } from '../snapfile/envKeys';

/** `scheme://user:password@host` → `scheme://***@host`, everywhere in a string. */
export function withoutCredentials(s: string): string {
  return s.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s"']*@/gi, '$1***@');
}

/** Only the relevant keys of an env-like map, as strings, without credentials. */
export function keptEnv(map: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!map || typeof map !== 'object' || Array.isArray(map)) return out;
  for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
    if (!isEnvKey(k) || v === null || v === undefined || typeof v === 'object') continue;
    out[k] = withoutCredentials(String(v));
  }
  return out;
}
