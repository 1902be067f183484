/**
 * A fix planned as text edits of one file (core/launch's minimal edits on the file's current text), and the plan
 * kinds the fix applier knows: the layer both fixPlan.ts and the file-specific planners (devcontainer.json) build on.
 */
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import { applyEdits, planEdit, type JsonPath, type TextEdit } from '../../core/launch';
import type { EditFix, SettingsScope } from '../../core/report/types';

export type FixPlan =
  /**
   * Edits of `uri`, in offsets of `text` (what the file held when planned); `section`: the configuration section
   * the file feeds (`launch`, or the setting's key), whose change VS Code announces once it read the saved file.
   */
  | { kind: 'textEdit'; uri: vscode.Uri; text: string; edits: TextEdit[]; section: string }
  /** A user setting (or one whose file does not exist yet) through the configuration API. */
  | { kind: 'setting'; key: string; value: unknown; scope: SettingsScope; folder?: vscode.WorkspaceFolder }
  | { kind: 'terminal'; command: string }
  /** `done`: nothing to apply because the file already says what the fix would write (the panel: "Applied"). */
  | { kind: 'blocked'; reason: string; done?: true };

const blocked = (reason: string): FixPlan => ({ kind: 'blocked', reason });

/** Removing what is not there, or setting what is already so: nothing to apply, and saying "applied" would lie. */
export const alreadyDone = (file: string): FixPlan => ({ kind: 'blocked', reason: t(FIXES.nothingToDo, { file }), done: true });

/** The file's name for messages (`launch.json`, `settings.json`). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function textPlan(uri: vscode.Uri, text: string, path: JsonPath, fix: EditFix, section: string): FixPlan {
  const plan = planEdit(text, { path, ...(fix.edit.remove ? { remove: true } : { value: fix.edit.value, ...(fix.edit.insert ? { insert: true } : {}) }) });
  if (!plan.ok) return blocked(plan.reason);
  if (applyEdits(text, plan.edits) === text) return alreadyDone(fileName(uri));
  return { kind: 'textEdit', uri, text, edits: plan.edits, section };
}
