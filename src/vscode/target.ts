import * as vscode from 'vscode';
import { findConfigIndex, parseJsonc } from '../core/launch';

/** What a diagnosis is about: a workspace folder and the launch configuration being started (as written). */
export interface RunTarget {
  folder?: vscode.WorkspaceFolder;
  /** The configuration as launch.json holds it (before variable substitution), when known. */
  config?: Record<string, unknown>;
  /** Its index in `launchUri`'s `configurations`. */
  configIndex?: number;
  launchUri?: vscode.Uri;
  launchText?: string;
}

export function launchJsonUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, '.vscode', 'launch.json');
}

/** The text of a file: the open (maybe unsaved) buffer when there is one, else the disk, else undefined. */
export async function readTextOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
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
    const i = findConfigIndex(text, name);
    if (i !== undefined) {
      target.configIndex = i;
      const written = configAt(text, i);
      if (written) target.config = written;
    }
  }
  return target;
}

/** The configuration object at index i of launch.json, as written. */
export function configAt(text: string, i: number): Record<string, unknown> | undefined {
  const { value } = parseJsonc(text);
  const configs = (value as { configurations?: unknown } | undefined)?.configurations;
  const c: unknown = Array.isArray(configs) ? configs[i] : undefined;
  return typeof c === 'object' && c !== null && !Array.isArray(c) ? (c as Record<string, unknown>) : undefined;
}

/** Names and indexes of the `go` configurations of a launch.json text. */
export function goConfigs(text: string): { name: string; index: number }[] {
  const { value } = parseJsonc(text);
  const configs = (value as { configurations?: unknown } | undefined)?.configurations;
  if (!Array.isArray(configs)) return [];
  const out: { name: string; index: number }[] = [];
  configs.forEach((c: unknown, index) => {
    const o = c as { type?: unknown; name?: unknown } | null;
    if (o && o.type === 'go' && typeof o.name === 'string') out.push({ name: o.name, index });
  });
  return out;
}

/** A stable key for a folder + configuration, used to hand a preflight to the session's tracker. */
export function targetKey(folder: vscode.WorkspaceFolder | undefined, name: unknown): string {
  return `${folder?.uri.toString() ?? '-'}#${typeof name === 'string' ? name : ''}`;
}
