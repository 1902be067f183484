import * as vscode from 'vscode';
import { lineColumn } from '../../core/launch';
import type { Fix } from '../../core/report/types';
import { preferredFixIndex } from '../../core/present/anchor';
import { DIAGNOSTIC_SOURCE, type DoctorDiagnostics, type Placed } from './diagnostics';
import { commandsRunHere, planFix } from './fixPlan';
import type { FixPlan } from './textPlan';
import { errorText } from '../log';
import { S } from '../strings';
import type { RunTarget } from '../diagnosis/target';

/** Internal command behind fixes that are not a plain edit (settings through the API, terminal commands). */
export const RUN_FIX_COMMAND = 'goLldbDoctor.runFix';
/** Internal command VS Code runs after it applied a quick fix's edit: save the file, diagnose again. */
export const QUICK_FIX_APPLIED_COMMAND = 'goLldbDoctor.quickFixApplied';
/** Internal command of a fix that cannot be applied: says why. */
export const FIX_REFUSED_COMMAND = 'goLldbDoctor.fixRefused';

/**
 * The files that carry diagnostics, on the schemes they are opened with: local files, a remote window's files, and
 * the User settings file (vscode-userdata). A selector without a scheme would also match untitled and git views
 * and VS Code logs a warning about it (issue 19 item 16).
 */
const SCHEMES = ['file', 'vscode-remote', 'vscode-userdata'] as const;
const SELECTOR: vscode.DocumentSelector = SCHEMES.flatMap((scheme) =>
  ['**/.vscode/launch.json', '**/settings.json', '**/*.code-workspace'].map((pattern) => ({ scheme, pattern })),
);

/** A fix offered on a diagnostic; what it does is planned only when VS Code resolves it (it is about to be shown or applied). */
class FixAction extends vscode.CodeAction {
  constructor(
    readonly fix: Fix,
    readonly target: RunTarget,
  ) {
    super(fix.title, vscode.CodeActionKind.QuickFix);
  }
}

function rangeIn(text: string, offset: number, length: number): vscode.Range {
  const a = lineColumn(text, offset);
  const b = lineColumn(text, offset + length);
  return new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1);
}

/** Fills in a resolved action from its plan. */
function fillFrom(action: FixAction, plan: FixPlan): void {
  const { fix, target } = action;
  if (plan.kind === 'textEdit') {
    const edit = new vscode.WorkspaceEdit();
    for (const e of plan.edits) edit.replace(plan.uri, rangeIn(plan.text, e.offset, e.length), e.content);
    action.edit = edit;
    const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === plan.uri.toString())?.isDirty ?? false;
    action.command = { command: QUICK_FIX_APPLIED_COMMAND, title: fix.title, arguments: [{ uri: plan.uri, section: plan.section, wasDirty }, target] };
  } else if (plan.kind === 'blocked') {
    action.command = { command: FIX_REFUSED_COMMAND, title: fix.title, arguments: [S.fixFailed(fix.title, plan.reason)] };
  } else {
    action.command = { command: RUN_FIX_COMMAND, title: fix.title, arguments: [fix, target] };
  }
}

/** Offers each finding's fixes on its diagnostic; the best edit fix is preferred. Plans nothing until resolved. */
export class DoctorQuickFixes implements vscode.CodeActionProvider<FixAction> {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly diagnostics: DoctorDiagnostics,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  register(): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(SELECTOR, this, { providedCodeActionKinds: DoctorQuickFixes.kinds });
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): FixAction[] {
    const actions: FixAction[] = [];
    for (const diag of context.diagnostics) {
      if (token.isCancellationRequested) return [];
      if (diag.source !== DIAGNOSTIC_SOURCE) continue;
      const placed = this.match(doc.uri, diag);
      if (!placed) continue;
      const preferred = preferredFixIndex(placed.finding);
      for (const [i, fix] of placed.finding.fixes.entries()) {
        // A manual step belongs in the panel, where its detail is shown; a replayed machine's command is for that
        // machine, not offered here (planFix refuses it too, whichever way it comes).
        if (fix.kind === 'manual' || (fix.kind === 'command' && !commandsRunHere(placed.target))) continue;
        const action = new FixAction(fix, placed.target);
        action.diagnostics = [diag];
        action.isPreferred = i === preferred;
        actions.push(action);
      }
    }
    return actions;
  }

  async resolveCodeAction(action: FixAction, token: vscode.CancellationToken): Promise<FixAction> {
    try {
      const plan = await planFix(action.fix, action.target);
      if (!token.isCancellationRequested) fillFrom(action, plan);
    } catch (err) {
      this.log.error(`quick fix "${action.fix.title}": ${errorText(err)}`);
    }
    return action;
  }

  private match(uri: vscode.Uri, diag: vscode.Diagnostic): Placed | undefined {
    const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
    return this.diagnostics
      .placed()
      .find((p) => p.uri.toString() === uri.toString() && p.finding.code === code && p.range.intersection(diag.range));
  }
}
