import * as vscode from 'vscode';
import type { SettingsScope } from '../../core/report/types';

/** A settings file and the JSON path prefix under which settings live in it (`settings` in a .code-workspace). */
export interface SettingsFile {
  scope: SettingsScope;
  uri: vscode.Uri;
  prefix: string[];
}

/**
 * The workspace's settings files that can hold a value for this folder, most specific first. Their places are
 * fixed by VS Code (`.vscode/settings.json`, the `.code-workspace` file), so fixes edit them as text.
 */
export function workspaceSettingsFiles(folder?: vscode.WorkspaceFolder): SettingsFile[] {
  const out: SettingsFile[] = [];
  const wsFile = vscode.workspace.workspaceFile;
  if (folder) {
    const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    // In a single-folder window the folder's settings are the workspace settings.
    out.push({ scope: wsFile ? 'workspaceFolder' : 'workspace', uri, prefix: [] });
  }
  if (wsFile && wsFile.scheme !== 'untitled') out.push({ scope: 'workspace', uri: wsFile, prefix: ['settings'] });
  return out;
}

/**
 * The workspace's settings files and, last, where the user settings file usually is (`<user data>/User/` beside
 * the extension's global storage). That place is a guess (another profile's or a remote's user settings live
 * elsewhere), good enough to anchor a diagnostic on text that holds the value; fixes never write it, they change
 * user settings through the configuration API.
 */
export function settingsFiles(globalStorage: vscode.Uri, folder?: vscode.WorkspaceFolder): SettingsFile[] {
  return [...workspaceSettingsFiles(folder), { scope: 'user', uri: vscode.Uri.joinPath(globalStorage, '..', '..', 'settings.json'), prefix: [] }];
}

/** Maps a report's scope to the file kinds that can hold it (a single-folder workspace keeps both in one file). */
export function filesForScope(files: SettingsFile[], scope: SettingsScope | undefined): SettingsFile[] {
  if (!scope) return files;
  const exact = files.filter((f) => f.scope === scope);
  if (exact.length > 0) return exact;
  if (scope === 'workspaceFolder') return files.filter((f) => f.scope === 'workspace' && f.prefix.length === 0);
  return [];
}

/** The ConfigurationTarget of a scope. */
export function targetOf(scope: SettingsScope): vscode.ConfigurationTarget {
  switch (scope) {
    case 'user':
      return vscode.ConfigurationTarget.Global;
    case 'workspace':
      return vscode.ConfigurationTarget.Workspace;
    case 'workspaceFolder':
      return vscode.ConfigurationTarget.WorkspaceFolder;
  }
}
