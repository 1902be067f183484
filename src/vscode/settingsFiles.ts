import * as vscode from 'vscode';
import type { SettingsScope } from '../core/report/types';

/** A settings file and the JSON path prefix under which settings live in it (`settings` in a .code-workspace). */
export interface SettingsFile {
  scope: SettingsScope;
  uri: vscode.Uri;
  prefix: string[];
}

/**
 * The settings files that can hold a value for this folder, most specific first. The user file is found from the
 * extension's global storage (`<user data>/User/globalStorage/<id>` → `<user data>/User/settings.json`).
 */
export function settingsFiles(globalStorage: vscode.Uri, folder?: vscode.WorkspaceFolder): SettingsFile[] {
  const out: SettingsFile[] = [];
  const wsFile = vscode.workspace.workspaceFile;
  if (folder) {
    const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    // In a single-folder window the folder's settings are the workspace settings.
    out.push({ scope: wsFile ? 'workspaceFolder' : 'workspace', uri, prefix: [] });
  }
  if (wsFile && wsFile.scheme !== 'untitled') out.push({ scope: 'workspace', uri: wsFile, prefix: ['settings'] });
  out.push({ scope: 'user', uri: vscode.Uri.joinPath(globalStorage, '..', '..', 'settings.json'), prefix: [] });
  return out;
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
