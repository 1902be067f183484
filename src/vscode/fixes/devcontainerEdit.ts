/**
 * devcontainer.json fixes (Linux, src/core/findings/containerFixes.ts) are planned like launch.json edits: the same
 * jsonc planner on the current buffer or the disk, applied as a WorkspaceEdit (comments kept, one-step undo).
 * Only the file differs: the finding names it by its path, turned into a URI of the workspace folder it is in
 * (so a remote window's scheme is kept). No configuration section reads it, so nothing waits for one on save.
 * A container from docker-compose gets its platform in the compose file: core's compose planner sets that line.
 */
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { LINUX } from '../../core/i18n/messages/linux';
import { applyEdits, parseJsonc } from '../../core/launch';
import { planComposePlatform } from '../../core/probe/linux/compose';
import type { EditFix } from '../../core/report/types';
import { alreadyDone, textPlan, type FixPlan } from './textPlan';
import { readTextOf } from '../diagnosis/target';

/** The URI of an absolute path inside a workspace folder (a remote window's scheme kept), else a file URI. */
export function workspaceUriOf(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => file.startsWith(`${f.uri.path.replace(/\/$/, '')}/`));
  return folder ? vscode.Uri.joinPath(folder.uri, file.slice(folder.uri.path.replace(/\/$/, '').length + 1)) : vscode.Uri.file(file);
}

export async function planDevcontainerEdit(fix: EditFix): Promise<FixPlan> {
  const uri = workspaceUriOf(fix.edit.filePath ?? '');
  const text = fix.edit.filePath ? await readTextOf(uri) : undefined;
  const file = fix.edit.filePath ?? 'devcontainer.json';
  if (text === undefined) return { kind: 'blocked', reason: t(LINUX.dcUnreadable, { file }) };
  if (fix.edit.file === 'docker-compose') {
    const plan = planComposePlatform(text, String(fix.edit.path[1]), String(fix.edit.value), file);
    if (!plan.ok) return { kind: 'blocked', reason: plan.reason };
    if (applyEdits(text, plan.edits) === text) return alreadyDone(file);
    return { kind: 'textEdit', uri, text, edits: plan.edits, section: '' };
  }
  const syntax = parseJsonc(text).errors[0];
  if (syntax) return { kind: 'blocked', reason: t(LINUX.dcSyntax, { file, error: syntax.message, line: syntax.line, column: syntax.column }) };
  return textPlan(uri, text, fix.edit.path, fix, '');
}
