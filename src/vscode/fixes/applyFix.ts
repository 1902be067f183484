/**
 * Carrying out a planned fix, and saying truthfully whether it happened: "applied" only when VS Code accepted
 * the edit and the file's text really changed (or the setting reads back as written).
 */
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import { fileName, type FixPlan } from './textPlan';
import { SCOPE_VALUE } from './settingsEdit';
import { targetOf } from './settingsFiles';
import { S } from '../strings';

export type FixOutcome =
  /** The file or setting changed. */
  | { status: 'applied' }
  /** A command typed into a terminal for the user to run (nothing has changed yet). */
  | { status: 'typed' }
  | { status: 'refused'; reason: string };

const refused = (reason: string): FixOutcome => ({ status: 'refused', reason });

/**
 * Saves a document without the save participants (format on save, trim whitespace, final newline...): a fix
 * changes only the text it is about, and one Undo restores the file. The extension API offers that only as the
 * workbench command on the active editor, so the document is shown first: the user sees what the fix changed.
 */
async function saveUnformatted(doc: vscode.TextDocument): Promise<boolean> {
  // Where it is visible already, else beside the active group (the report panel, when the fix came from there).
  const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.Beside;
  await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false, preview: false });
  if (vscode.window.activeTextEditor?.document !== doc) return false;
  await vscode.commands.executeCommand('workbench.action.files.saveWithoutFormatting');
  return !doc.isDirty;
}

/** How long a saved fix waits for VS Code to read the file again before the diagnosis reruns (a bound). */
const SETTLE_MS = 10_000;

/**
 * Saves like `saveUnformatted`, then waits (at most SETTLE_MS) until VS Code's configuration announced a change
 * of `section`: the next diagnosis reads settings and launch configurations through it.
 */
export async function saveAndSettle(doc: vscode.TextDocument, section: string, log: vscode.LogOutputChannel): Promise<boolean> {
  // A file no configuration section reads (devcontainer.json): nothing to wait for.
  if (!section) return saveUnformatted(doc);
  let sub: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const settled = new Promise<void>((resolve) => {
    sub = vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(section) && resolve());
    timer = setTimeout(() => {
      log.warn(`fix: VS Code did not announce a change of ${section} within ${SETTLE_MS} ms; diagnosing anyway`);
      resolve();
    }, SETTLE_MS);
  });
  try {
    const saved = await saveUnformatted(doc);
    if (saved) await settled;
    return saved;
  } finally {
    sub?.dispose();
    clearTimeout(timer);
  }
}

/** Applies text edits planned on `plan.text`; refuses when the file changed since. Saves a file that was saved. */
async function applyTextEdit(plan: Extract<FixPlan, { kind: 'textEdit' }>, log: vscode.LogOutputChannel): Promise<FixOutcome> {
  const file = fileName(plan.uri);
  const doc = await vscode.workspace.openTextDocument(plan.uri);
  if (doc.getText() !== plan.text) return refused(t(FIXES.fileChanged, { file }));
  const wasDirty = doc.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const e of plan.edits) edit.replace(plan.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  if (!(await vscode.workspace.applyEdit(edit))) return refused(t(FIXES.refused, { file }));
  if (doc.getText() === plan.text) return refused(t(FIXES.unchanged, { file }));
  // Unsaved changes of the user's stay unsaved: saving would commit them too.
  if (!wasDirty && !(await saveAndSettle(doc, plan.section, log))) log.warn(`fix: ${plan.uri.toString()} was changed but not saved`);
  return { status: 'applied' };
}

/** A setting through the configuration API, checked by reading it back from the scope it was written to. */
async function applySetting(plan: Extract<FixPlan, { kind: 'setting' }>): Promise<FixOutcome> {
  const config = () => vscode.workspace.getConfiguration(undefined, plan.folder?.uri);
  try {
    await config().update(plan.key, plan.value, targetOf(plan.scope));
  } catch (err) {
    // VS Code rejects a write it cannot make (a setting no installed extension registers, a file with errors).
    return refused(t(FIXES.settingRefused, { key: plan.key, reason: err instanceof Error ? err.message : String(err) }));
  }
  const field = SCOPE_VALUE.find(([s]) => s === plan.scope)?.[1] ?? 'globalValue';
  const now: unknown = config().inspect(plan.key)?.[field];
  const same = isDeepStrictEqual(JSON.parse(JSON.stringify(now ?? null)), JSON.parse(JSON.stringify(plan.value ?? null)));
  return same ? { status: 'applied' } : refused(t(FIXES.settingNotWritten, { key: plan.key, scope: plan.scope }));
}

/** How long a new terminal's shell may take to start before the command is typed anyway. */
const SHELL_WAIT_MS = 3000;

/**
 * Resolves once the terminal's shell is up (VS Code's shell integration reports it), or after `ms`. Text sent
 * before the shell reads its input is echoed by the terminal and then again by the shell's line editor after
 * its prompt: the user saw the command twice.
 */
function shellReady(term: vscode.Terminal, ms: number): Promise<void> {
  if (term.shellIntegration) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      for (const d of subs) d.dispose();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const subs = [
      vscode.window.onDidChangeTerminalShellIntegration((e) => (e.terminal === term ? done() : undefined)),
      vscode.window.onDidCloseTerminal((t) => (t === term ? done() : undefined)),
    ];
  });
}

/** Carries out a plan (a terminal command is typed, never run). Throws only on a failure of VS Code itself. */
export async function applyPlan(plan: FixPlan, terminalName: string, log: vscode.LogOutputChannel): Promise<FixOutcome> {
  switch (plan.kind) {
    case 'blocked':
      return refused(plan.reason);
    case 'terminal': {
      const term = vscode.window.createTerminal({ name: terminalName });
      term.show();
      await shellReady(term, SHELL_WAIT_MS);
      term.sendText(plan.command, false);
      return { status: 'typed' };
    }
    case 'setting':
      return applySetting(plan);
    case 'textEdit':
      return applyTextEdit(plan, log);
  }
}

/** What the user reads after pressing a fix. */
export function outcomeText(title: string, outcome: FixOutcome): string {
  if (outcome.status === 'refused') return S.fixFailed(title, outcome.reason);
  return outcome.status === 'typed' ? t(FIXES.typed, { title }) : S.fixApplied(title);
}
