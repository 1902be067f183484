import * as vscode from 'vscode';
import { findConfigIndex, planEdit } from '../core/launch';
import type { EditFix, Fix } from '../core/report/types';
import { S } from './strings';
import { targetOf } from './settingsFiles';
import { launchJsonUri, type RunTarget } from './target';
import { settingsUpdate, settingsFileEdit } from './settingsEdit';
import { devcontainerTarget } from './devcontainerEdit';

/** What applying a fix means, worked out before anything changes. */
export type FixPlan =
  | { kind: 'workspaceEdit'; edit: vscode.WorkspaceEdit; uri: vscode.Uri }
  | { kind: 'settings'; apply: () => Promise<void> }
  | { kind: 'terminal'; command: string }
  | { kind: 'blocked'; reason: string };

/**
 * launch.json: jsonc-parser edits on the current buffer (saved or not) as a WorkspaceEdit, so comments and
 * formatting are kept and the change is undoable. A file with syntax errors is never rewritten.
 */
export async function planLaunchEdit(fix: EditFix, target: RunTarget): Promise<FixPlan> {
  const uri = target.launchUri ?? (target.folder ? launchJsonUri(target.folder) : undefined);
  if (!uri) return { kind: 'blocked', reason: S.fixNoLaunchJson() };
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(uri);
  } catch {
    return { kind: 'blocked', reason: S.fixNoLaunchJson() };
  }
  const text = doc.getText();
  const path = [...fix.edit.path];
  // The file may have changed since the diagnosis: follow the configuration by name.
  const name = target.config?.name;
  if (path[0] === 'configurations' && typeof name === 'string') {
    const i = findConfigIndex(text, name);
    if (i === undefined) return { kind: 'blocked', reason: S.fixNoConfig() };
    path[1] = i;
  }
  const plan = planEdit(text, { path, ...(fix.edit.remove ? { remove: true } : { value: fix.edit.value }) });
  if (!plan.ok) {
    return { kind: 'blocked', reason: plan.reason.startsWith('the file does not parse') ? `${S.fixLaunchSyntax()} (${plan.reason})` : plan.reason };
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of plan.edits) {
    edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  }
  return { kind: 'workspaceEdit', edit, uri };
}

export async function planFix(fix: Fix, target: RunTarget, globalStorage: vscode.Uri): Promise<FixPlan> {
  if (fix.kind === 'command') return { kind: 'terminal', command: fix.command };
  if (fix.kind === 'manual') return { kind: 'blocked', reason: fix.detail ?? fix.title };
  if (fix.edit.file === 'launch.json') return planLaunchEdit(fix, target);
  if (fix.edit.file === 'devcontainer.json') return planLaunchEdit(fix, devcontainerTarget(fix, target));
  const update = settingsUpdate(fix, target.folder);
  if ('reason' in update) return { kind: 'blocked', reason: update.reason };
  return {
    kind: 'settings',
    apply: async () => {
      try {
        await vscode.workspace
          .getConfiguration(undefined, target.folder?.uri)
          .update(update.key, update.value, targetOf(update.scope));
      } catch {
        // Not a registered setting here (vscode-go absent): edit the settings file itself, still undoable.
        const plan = await settingsFileEdit(fix, update.scope, target.folder, globalStorage);
        if ('reason' in plan) throw new Error(plan.reason);
        if (!(await vscode.workspace.applyEdit(plan.edit))) throw new Error('the edit was refused');
        await saveIfClean(plan.uri, plan.wasDirty);
      }
    },
  };
}

/** Saves a document the fix changed when it had no unsaved changes of the user's before. */
export async function saveIfClean(uri: vscode.Uri, wasDirty: boolean): Promise<void> {
  if (wasDirty) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
}

/** Carries out a plan; returns undefined on success or why it could not. */
export async function runPlan(plan: FixPlan, terminalName: string): Promise<string | undefined> {
  switch (plan.kind) {
    case 'blocked':
      return plan.reason;
    case 'terminal': {
      const term = vscode.window.createTerminal({ name: terminalName });
      term.show();
      term.sendText(plan.command, false);
      return undefined;
    }
    case 'settings':
      await plan.apply();
      return undefined;
    case 'workspaceEdit': {
      const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === plan.uri.toString())?.isDirty ?? false;
      if (!(await vscode.workspace.applyEdit(plan.edit))) return 'the edit was refused';
      await saveIfClean(plan.uri, wasDirty);
      return undefined;
    }
  }
}
