import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DiagnoseInput } from '../../core/diagnose';
import { captureSnapshot } from '../../core/capture/capture';
import { snapshotFolderName } from '../../core/capture/folderName';
import { snapshotSummary } from '../../core/capture/summary';
import { outRefusal } from '../../core/io/write';
import { PANEL_VIEW_TYPE } from '../panel/html';
import { S } from '../strings';

/** The scheme of the read-only summaries an export shows (a virtual document: never dirty, never saved). */
export const SUMMARY_SCHEME = 'go-lldb-doctor-snapshot';

/** The summaries shown, by path: VS Code reads them back through this provider. */
export class SnapshotSummaries implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  /** Shows `text` read-only, in the editor group beside the report panel (or beside the active editor). */
  async show(dir: string, text: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${path.basename(dir)}.md` });
    this.texts.set(uri.path, text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: besidePanel() });
  }
}

/** The group next to the report panel's (not a new third column), else beside the active editor. */
function besidePanel(): vscode.ViewColumn {
  const group = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PANEL_VIEW_TYPE)));
  if (!group) return vscode.ViewColumn.Beside;
  return group.viewColumn > 1 ? group.viewColumn - 1 : group.viewColumn + 1;
}

/** A new dated folder in the home folder: exists nowhere yet, so the export never meets a non-empty folder. */
function defaultFolder(): vscode.Uri {
  const home = os.homedir();
  return vscode.Uri.file(path.join(home, snapshotFolderName(new Date(), (name) => fs.existsSync(path.join(home, name)))));
}

/**
 * Asks where to write (a new dated folder by default, which the user can rename or move; it is created) and writes
 * a snapshot of this machine there (SNAPSHOT.md §1) with the launch configuration the last diagnosis used, for a bug
 * report. A folder that holds anything is refused (as the CLI does); after writing, a summary of everything the
 * folder holds, read back from it, opens read-only beside the report panel for the user to read before attaching it.
 */
export async function exportSnapshot(log: vscode.LogOutputChannel, input: () => Promise<DiagnoseInput>, summaries: SnapshotSummaries): Promise<string | undefined> {
  const picked = await vscode.window.showSaveDialog({ defaultUri: defaultFolder(), saveLabel: S.snapshotPick(), title: S.snapshotPick() });
  if (!picked) return undefined;
  const dir = picked.fsPath;
  const refusal = outRefusal(dir);
  if (refusal) {
    log.warn(`snapshot export refused: ${refusal}`);
    void vscode.window.showErrorMessage(S.snapshotFailed(refusal));
    return undefined;
  }
  try {
    const made = await input();
    const r = await captureSnapshot(made, dir);
    for (const line of r.refused) log.warn(`snapshot: ${line}`);
    const launch = made.launch?.config.name;
    log.info(`snapshot exported to ${dir}${typeof launch === 'string' ? ` with the launch configuration "${launch}"` : ' without a launch configuration'}`);
    await summaries.show(dir, snapshotSummary(r.dir));
    void vscode.window.showInformationMessage(S.snapshotSaved(dir));
    return dir;
  } catch (err) {
    log.error(`snapshot: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void vscode.window.showErrorMessage(S.snapshotFailed(err instanceof Error ? err.message : String(err)));
    return undefined;
  }
}
