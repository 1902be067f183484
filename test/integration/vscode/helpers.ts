/** Shared helpers of the VS Code layer's integration tests (they run inside the real extension host). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import type { DoctorTestApi } from '../../../src/vscode/test/testApi';

const EXTENSION_ID = 'go-lldb-doctor.go-lldb-doctor';

export async function api(): Promise<DoctorTestApi> {
  const ext = vscode.extensions.getExtension<DoctorTestApi | undefined>(EXTENSION_ID);
  assert.ok(ext, 'the extension is installed');
  const a = await ext.activate();
  assert.ok(a, 'activate() returned the test API');
  return a;
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

export function launchUri(): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, '.vscode', 'launch.json');
}

export function readLaunch(): string {
  return fs.readFileSync(launchUri().fsPath, 'utf8');
}

/**
 * Writes launch.json on disk, makes any open buffer of it match (reverting unsaved edits) and waits until VS Code's
 * launch configurations are the new ones, so that no later write overlaps VS Code's re-read of this one.
 */
export async function writeLaunch(text: string): Promise<void> {
  // VS Code must have read the last write (a test's own save) before this one: overlapping them was seen to
  // leave its folder configuration stale for good.
  await until('VS Code to read the current launch.json', () => launchSeen(readLaunch()), 30_000);
  fs.writeFileSync(launchUri().fsPath, text);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === launchUri().toString());
  if (open && open.getText() !== text) {
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await until('VS Code to read launch.json', () => launchSeen(text), 30_000);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `check` returns a value (not undefined/false) or fails after timeoutMs. */
export async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Writes a settings file (or deletes it: text undefined) through the workbench's own file service, as a
 * WorkspaceEdit: the configuration service hears of such a write at once (its file-operation event). Neither
 * `fs.writeFileSync` nor `vscode.workspace.fs.writeFile` does that for a `file:` folder: the Node extension host
 * writes those straight to disk (its own disk provider, no round trip), so the workbench learns of them only
 * from the OS file watcher, which under load is late or misses the event (a settings test timed out that way).
 */
async function writeSettingsFile(uri: vscode.Uri, text: string | undefined): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  if (text === undefined) edit.deleteFile(uri, { ignoreIfNotExists: true });
  else edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(text) });
  assert.ok(await vscode.workspace.applyEdit(edit), `VS Code applied the write of ${uri.fsPath}`);
}

/** How long a test waits for VS Code's configuration to reflect a settings file it wrote (a bound, not a delay). */
export const CONFIG_WAIT_MS = 90_000;

/**
 * Writes a settings file and waits until VS Code's configuration shows it (`seen`), for at most CONFIG_WAIT_MS.
 * When it never does, the message says what the disk held and whether VS Code's folder configuration is stuck
 * altogether (its launch configurations no longer match launch.json either).
 */
export async function writeSettingsAndWait(uri: vscode.Uri, text: string | undefined, what: string, seen: () => boolean): Promise<void> {
  await writeSettingsFile(uri, text);
  await until(what, seen, CONFIG_WAIT_MS).catch((err: Error) => {
    const disk = fs.existsSync(uri.fsPath) ? fs.readFileSync(uri.fsPath, 'utf8') : '(no file)';
    const stuck = launchSeen(readLaunch()) ? '' : `; VS Code's launch configurations do not match launch.json either: ${JSON.stringify(seenLaunchNames())}`;
    throw new Error(`${err.message} (${CONFIG_WAIT_MS} ms); on disk: ${JSON.stringify(disk.slice(0, 300))}${stuck}`);
  });
}

/** The launch configurations VS Code's configuration service holds for the folder. */
function seenLaunch(): unknown {
  const c = vscode.workspace.getConfiguration('launch', folder().uri).inspect('configurations');
  return c?.workspaceFolderValue ?? c?.workspaceValue;
}

function seenLaunchNames(): unknown {
  const v = seenLaunch();
  return Array.isArray(v) ? v.map((c: { name?: unknown }) => c.name) : v;
}

/** Whether VS Code's configuration holds the launch configurations of `text`, as written. */
function launchSeen(text: string): boolean {
  const v = jsonc.parse(text, [], { allowTrailingComma: true }) as { configurations?: unknown[] } | undefined;
  return JSON.stringify(seenLaunch()) === JSON.stringify(v?.configurations ?? []);
}

/** Resolves when the next `go` debug session ends. */
export function nextTermination(timeoutMs = 90_000): Promise<vscode.DebugSession> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('no debug session ended'));
    }, timeoutMs);
    const sub = vscode.debug.onDidTerminateDebugSession((s) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(s);
    });
  });
}

/** Stops every debug session still running (a failed launch can leave one behind). */
export async function stopAll(): Promise<void> {
  if (vscode.debug.activeDebugSession) await vscode.debug.stopDebugging();
}

/** The 0-based line/character range of the first `needle` in `text` (its whole length). */
export function rangeOf(text: string, needle: string): { startLine: number; startCharacter: number; endLine: number; endCharacter: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the text`);
  const pos = (o: number) => {
    const before = text.slice(0, o).split('\n');
    return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
  };
  const a = pos(at);
  const b = pos(at + needle.length);
  return { startLine: a.line, startCharacter: a.character, endLine: b.line, endCharacter: b.character };
}

/** Every `//` comment line of a JSONC text (to check that an edit kept them). */
export function comments(text: string): string[] {
  return text.split('\n').filter((l) => l.trim().startsWith('//')).map((l) => l.trim());
}

/** A snapshot fixture folder of the repository (replayed macOS machines). */
export function snapshotDir(name: string): string {
  const repo = path.resolve(__dirname, '../../../..');
  return path.join(repo, 'examples', 'snapshots', name);
}

/**
 * Replays a snapshot folder instead of this machine through the extension's real setting,
 * `goLldbDoctor.replaySnapshot` (User settings; machine scope), and waits until VS Code applies it; `undefined`
 * removes it (the live machine). The extension has no other way in (issue 17 §4: no test-only override).
 */
export async function replaySnapshot(dir: string | undefined): Promise<void> {
  const doctor = () => vscode.workspace.getConfiguration('goLldbDoctor');
  await doctor().update('replaySnapshot', dir, vscode.ConfigurationTarget.Global);
  await until(`goLldbDoctor.replaySnapshot to read "${dir ?? ''}"`, () => doctor().get<string>('replaySnapshot', '') === (dir ?? ''), CONFIG_WAIT_MS);
}

/**
 * Starts a debug session. A failed launch makes VS Code show its own error dialog, which the test workbench
 * refuses ("DialogService: refused to show dialog in tests") by rejecting: that rejection is expected here.
 */
export async function startDebugging(config: string | vscode.DebugConfiguration): Promise<boolean> {
  try {
    return await vscode.debug.startDebugging(folder(), config);
  } catch (err) {
    if (err instanceof Error && err.message.includes('refused to show dialog in tests')) return false;
    throw err;
  }
}

/** The quick fixes VS Code offers on a range, resolved as the lightbulb resolves the one it applies. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 100);
}

/** Applies a quick fix as VS Code does: its edit, then (when the edit was applied) its command. */
export async function applyQuickFix(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code applied "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
}
