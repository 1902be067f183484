import * as vscode from 'vscode';
import { readBounded } from '../../core/io/read';
import { pickLaunchConfig } from '../../core/launch/configs';

/** What a diagnosis is about: a workspace folder and the launch configuration being started (as written). */
export interface RunTarget {
  folder?: vscode.WorkspaceFolder;
  /** The configuration as launch.json holds it (before variable substitution), when known. */
  config?: Record<string, unknown>;
  /** Its index in `launchUri`'s `configurations`. */
  configIndex?: number;
  launchUri?: vscode.Uri;
  launchText?: string;
  /**
   * Set on a result's target when its diagnosis replayed this snapshot folder instead of probing this machine: the
   * report's commands are the recorded machine's, not to be typed here (fixes/fixPlan.ts `commandsRunHere`).
   */
  replayed?: string;
}

export function launchJsonUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, '.vscode', 'launch.json');
}

/**
 * The text of a file: the open (maybe unsaved) buffer when there is one, else the disk, else undefined. A local
 * file goes through core's bounded reader like every other file the tool reads: a FIFO, a device or a huge file
 * where launch.json, settings.json or devcontainer.json should be is refused at once instead of blocking.
 */
export async function readTextOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  if (uri.scheme === 'file') {
    const r = readBounded(uri.fsPath, 'settings');
    return r.ok ? r.value : undefined;
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Finds the launched configuration in the folder's launch.json (by name) and keeps the text for anchoring. */
export async function resolveTarget(
  folder: vscode.WorkspaceFolder | undefined,
  launched: vscode.DebugConfiguration | undefined,
): Promise<RunTarget> {
  const target: RunTarget = { folder };
  if (launched) target.config = { ...launched };
  if (!folder) return target;
  const uri = launchJsonUri(folder);
  const text = await readTextOf(uri);
  if (text === undefined) return target;
  target.launchUri = uri;
  target.launchText = text;
  const name = launched?.name;
  if (typeof name === 'string') {
    // The same lookup as a snapshot's or the CLI's: an unknown name leaves the configuration as launched.
    const picked = pickLaunchConfig(text, 'launch.json', name);
    if (picked.ok) {
      target.configIndex = picked.index;
      target.config = picked.config;
    }
  }
  return target;
}

/** A stable key for a folder + configuration, used to hand a preflight to the session's tracker. */
export function targetKey(folder: vscode.WorkspaceFolder | undefined, name: unknown): string {
  return `${folder?.uri.toString() ?? '-'}#${typeof name === 'string' ? name : ''}`;
}

/** The workspace folder a command is about: the active editor's, else the first. */
export function activeFolder(): vscode.WorkspaceFolder | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}
