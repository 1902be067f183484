import * as vscode from 'vscode';
import type { EditFix, SettingsScope } from '../../core/report/types';
import { S } from '../strings';

export interface SettingsUpdate {
  key: string;
  value: unknown;
  scope: SettingsScope;
}

export type Inspected = { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown };

export const SCOPE_VALUE: [SettingsScope, keyof Inspected][] = [
  ['workspaceFolder', 'workspaceFolderValue'],
  ['workspace', 'workspaceValue'],
  ['user', 'globalValue'],
];

function has(v: unknown, path: (string | number)[]): boolean {
  let cur: unknown = v;
  for (const k of path) {
    if (typeof cur !== 'object' || cur === null || !(k in cur)) return false;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return true;
}

/** The value with `path` set (or removed), as a fresh copy; undefined when nothing is left. */
function withChange(base: unknown, path: (string | number)[], fix: EditFix): unknown {
  if (path.length === 0) return fix.edit.remove ? undefined : fix.edit.value;
  const copy: Record<string, unknown> = typeof base === 'object' && base !== null ? structuredClone(base as object) as Record<string, unknown> : {};
  let cur = copy;
  for (const k of path.slice(0, -1)) {
    const next = cur[String(k)];
    cur = (cur[String(k)] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  const last = String(path[path.length - 1]);
  if (fix.edit.remove) delete cur[last];
  else cur[last] = fix.edit.value;
  return fix.edit.remove && Object.keys(copy).length === 0 ? undefined : copy;
}

/**
 * A settings fix as a `WorkspaceConfiguration.update`: the scope is the one the report names, else where
 * `inspect()` finds the value (most specific first), else the user settings.
 */
export function settingsUpdate(fix: EditFix, folder?: vscode.WorkspaceFolder): SettingsUpdate | { reason: string } {
  const [key, ...rest] = fix.edit.path;
  if (typeof key !== 'string') return { reason: S.fixNoSetting() };
  const inspected = (vscode.workspace.getConfiguration(undefined, folder?.uri).inspect(key) ?? {}) as Inspected;
  let scope = fix.edit.scope;
  if (!scope) {
    const found = SCOPE_VALUE.find(([, field]) => has(inspected[field], rest) && inspected[field] !== undefined);
    scope = found?.[0] ?? (fix.edit.remove ? undefined : 'user');
  }
  if (!scope) return { reason: S.fixNoSetting() };
  if (scope === 'workspaceFolder' && !vscode.workspace.workspaceFile) scope = 'workspace';
  const field = SCOPE_VALUE.find(([s]) => s === scope)?.[1] ?? 'globalValue';
  return { key, scope, value: withChange(inspected[field], rest, fix) };
}
