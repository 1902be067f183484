import * as vscode from 'vscode';
import type { DiagnoseInput } from '../../core/diagnose';
import { captureSnapshot } from '../../core/capture/capture';
import { snapshotSummary } from '../../core/capture/summary';
import { outRefusal } from '../../core/io/write';
import { activeFolder } from '../diagnosis/target';
import { S } from '../strings';

/**
 * Asks for a folder and writes a snapshot of this machine there (SNAPSHOT.md §1), for a bug report. A folder that
 * holds anything is refused (as the CLI does); after writing, a summary of everything the folder holds (files,
 * environment keys, settings, commands) opens beside, for the user to read before attaching it.
 */
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
  const refusal = outRefusal(dir.fsPath);
  if (refusal) {
    void vscode.window.showErrorMessage(S.snapshotFailed(refusal));
    return undefined;
  }
  try {
    const r = await captureSnapshot(inputFor(activeFolder()), dir.fsPath);
    for (const line of r.refused) log.warn(`snapshot: ${line}`);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: snapshotSummary(r.dir) });
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(S.snapshotSaved(dir.fsPath));
    return dir.fsPath;
  } catch (err) {
    log.error(`snapshot: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void vscode.window.showErrorMessage(S.snapshotFailed(err instanceof Error ? err.message : String(err)));
    return undefined;
  }
}
