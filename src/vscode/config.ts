import * as vscode from 'vscode';

/** The extension's own settings, read fresh on each use (a typed accessor over `goLldbDoctor.*`). */
export interface DoctorConfig {
  preflightEnabled: boolean;
  blockOnError: boolean;
  /** Milliseconds the tracker waits for the preflight before letting dlv start (capped well under 1000). */
  budgetMs: number;
  /** Extra liblldb.dylib paths to inspect. */
  lldbPaths: string[];
  /** A snapshot folder to replay instead of probing this machine (tests, bug reports); empty = live. */
  replaySnapshot: string;
}

export const SECTION = 'goLldbDoctor';
const MAX_BUDGET_MS = 900;

export function readConfig(scope?: vscode.ConfigurationScope): DoctorConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const budget = Number(c.get<number>('preflight.budgetMs', 300));
  const paths = c.get<unknown>('lldbPaths', []);
  return {
    preflightEnabled: c.get<boolean>('preflight.enabled', true) !== false,
    blockOnError: c.get<boolean>('preflight.blockOnError', false) === true,
    budgetMs: Number.isFinite(budget) ? Math.min(Math.max(0, budget), MAX_BUDGET_MS) : 300,
    lldbPaths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && p !== '') : [],
    replaySnapshot: c.get<string>('replaySnapshot', '') || '',
  };
}

/** The `go.*` settings the probes read (SNAPSHOT.md §1 `vscode.settings`). */
const GO_SETTING_KEYS = ['toolsEnvVars', 'alternateTools', 'toolsGopath', 'goroot', 'delveConfig'] as const;

type SettingsMap = Record<string, unknown>;

export interface SettingsView {
  effective: SettingsMap;
  byScope: { user?: SettingsMap; workspace?: SettingsMap; workspaceFolder?: SettingsMap };
}

/** Effective values and where each is set, through `inspect()`. Keys are full names (`go.toolsEnvVars`). */
export function readGoSettings(folder?: vscode.WorkspaceFolder): SettingsView {
  const view: SettingsView = { effective: {}, byScope: {} };
  const add = (scope: keyof SettingsView['byScope'], key: string, v: unknown): void => {
    if (v === undefined) return;
    (view.byScope[scope] ??= {})[key] = v;
  };
  const go = vscode.workspace.getConfiguration('go', folder?.uri);
  for (const k of GO_SETTING_KEYS) {
    const full = `go.${k}`;
    const i = go.inspect(k);
    const v = go.get(k);
    if (v !== undefined) view.effective[full] = v;
    add('user', full, i?.globalValue);
    add('workspace', full, i?.workspaceValue);
    add('workspaceFolder', full, i?.workspaceFolderValue);
  }
  const lldb = vscode.workspace.getConfiguration(SECTION, folder?.uri).inspect<string[]>('lldbPaths');
  view.effective['goLldbDoctor.lldbPaths'] = readConfig(folder?.uri).lldbPaths;
  add('user', 'goLldbDoctor.lldbPaths', lldb?.globalValue);
  return view;
}
