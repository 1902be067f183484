/**
 * devcontainer.json fixes (Linux, src/core/rules/linux/fixes.ts) are planned and applied exactly like launch.json
 * edits: the same jsonc planner on the current buffer, a WorkspaceEdit (comments kept, one-step undo). Only the
 * file differs: the finding names it by its path, which is turned into a URI of the workspace folder it is in (so
 * a remote window's scheme is kept).
 */
import * as vscode from 'vscode';
import type { EditFix } from '../core/report/types';
import type { RunTarget } from './target';

export function devcontainerTarget(fix: EditFix, target: RunTarget): RunTarget {
  const file = fix.edit.filePath ?? '';
  const folder = vscode.workspace.workspaceFolders?.find((f) => file.startsWith(`${f.uri.path.replace(/\/$/, '')}/`));
  const uri = folder ? vscode.Uri.joinPath(folder.uri, file.slice(folder.uri.path.replace(/\/$/, '').length + 1)) : vscode.Uri.file(file);
  return { ...(target.folder ? { folder: target.folder } : {}), launchUri: uri };
}
