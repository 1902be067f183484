import * as vscode from 'vscode';
import type { DiagnoseInput } from '../core/diagnose';
import { captureSnapshot } from '../core/snapshot/capture';
import { activeFolder } from './target';
import { S } from './strings';

/** Asks for a folder and writes a snapshot of this machine there (SNAPSHOT.md §1), for a bug report. */
export async function exportSnapshot(
  log: vscode.LogOutputChannel,
  inputFor: (folder: vscode.WorkspaceFolder | undefined) => DiagnoseInput,
): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: S.snapshotPick(),
  });
  const dir = picked?.[0];
  if (!dir) return undefined;
  try {
    await captureSnapshot(inputFor(activeFolder()), dir.fsPath);
    void vscode.window.showInformationMessage(S.snapshotSaved(dir.fsPath));
    return dir.fsPath;
  } catch (err) {
    log.error(`snapshot: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void vscode.window.showErrorMessage(S.snapshotFailed(err instanceof Error ? err.message : String(err)));
    return undefined;
  }
}
