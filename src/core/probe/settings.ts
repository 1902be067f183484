/**
 * The VS Code settings that decide which binaries vscode-go starts and with what environment (GROUND_TRUTH §3),
 * plus this project's own `goLldbDoctor.lldbPaths`. Values as VS Code resolves them; any may be absent.
 */
import type { SettingsScope } from '../report/types';
import type { GoSettings, SettingsByScope } from '../snapfile/settings';

export type { GoSettings, SettingsByScope };

const SCOPE_ORDER: SettingsScope[] = ['workspaceFolder', 'workspace', 'user'];

/**
 * The scope where a setting (or one key of an object setting) is set: the most specific scope holding it wins,
 * as in VS Code. Undefined when the split is not known.
 */
export function scopeOf(byScope: SettingsByScope | undefined, key: string, subKey?: string): SettingsScope | undefined {
  if (!byScope) return undefined;
  for (const scope of SCOPE_ORDER) {
    const v = byScope[scope]?.[key];
    if (v === undefined || v === null) continue;
    if (subKey === undefined) return scope;
    if (typeof v === 'object' && subKey in (v as Record<string, unknown>)) return scope;
  }
  return undefined;
}

export function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  }
  return out;
}

export function stringSetting(s: GoSettings | undefined, key: string): string | undefined {
  const v = s?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
