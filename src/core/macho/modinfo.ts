/** The modinfo text of Go build info (runtime/debug.BuildInfo.String format) -> GoBuildInfo. */
import type { GoBuildInfo } from './types';

/** Strips the 16-byte sentinels Go puts around modinfo (debug/buildinfo does the same check). */
function stripSentinels(mod: string): string {
  if (mod.length >= 33 && mod[mod.length - 17] === '\n') return mod.slice(16, -16);
  return mod.startsWith('path\t') || mod.startsWith('go\t') ? mod : '';
}

/** Go quotes build setting values that contain spaces, tabs, quotes or newlines (strconv.Quote). */
function unquote(v: string): string {
  if (!v.startsWith('"')) return v;
  try {
    const s: unknown = JSON.parse(v);
    return typeof s === 'string' ? s : v;
  } catch {
    return v.slice(1, -1);
  }
}

export function parseModinfo(goVersion: string, modText: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, settings: {} };
  const deps: { path: string; version: string }[] = [];
  for (const line of stripSentinels(modText).split('\n')) {
    const [tag, a = '', b = '', c] = line.split('\t');
    if (tag === 'path') info.path = a;
    else if (tag === 'mod') info.mainModule = c ? { path: a, version: b, sum: c } : { path: a, version: b };
    else if (tag === 'dep') deps.push({ path: a, version: b });
    else if (tag === 'build') {
      const eq = a.indexOf('=');
      if (eq > 0) info.settings[a.slice(0, eq)] = unquote(a.slice(eq + 1));
    }
  }
  if (deps.length) info.deps = deps;
  return info;
}
