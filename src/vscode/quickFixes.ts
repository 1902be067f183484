import * as vscode from 'vscode';
import type { Fix } from '../core/report/types';
import { preferredFixIndex } from '../core/present/anchor';
import { planFix } from './applyFix';
import { errorText } from './log';
import { DIAGNOSTIC_SOURCE, type DoctorDiagnostics, type Placed } from './diagnostics';
import { S } from './strings';

/** Internal command behind fixes that are not a plain WorkspaceEdit (settings updates, terminal commands). */
export const RUN_FIX_COMMAND = 'goLldbDoctor.runFix';

const SELECTOR: vscode.DocumentSelector = [
  { pattern: '**/.vscode/launch.json' },
  { pattern: '**/settings.json' },
  { pattern: '**/*.code-workspace' },
];

/** Offers each finding's fixes on its diagnostic; the best edit fix is preferred. */
export class DoctorQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly diagnostics: DoctorDiagnostics,
    private readonly globalStorage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  register(): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(SELECTOR, this, { providedCodeActionKinds: DoctorQuickFixes.kinds });
  }

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE) continue;
      const placed = this.match(doc.uri, diag);
      if (!placed) continue;
      const preferred = preferredFixIndex(placed.finding);
      for (const [i, fix] of placed.finding.fixes.entries()) {
        // One fix that cannot be planned is logged; the others are still offered.
        const action = await this.action(fix, placed).catch((err: unknown) => void this.log.error(`quick fix "${fix.title}": ${errorText(err)}`));
        if (!action) continue;
        action.diagnostics = [diag];
        action.isPreferred = i === preferred && !action.disabled;
        actions.push(action);
      }
    }
    return actions;
  }

  private match(uri: vscode.Uri, diag: vscode.Diagnostic): Placed | undefined {
    const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
    return this.diagnostics
      .placed()
      .find((p) => p.uri.toString() === uri.toString() && p.finding.code === code && p.range.intersection(diag.range));
  }

  /** The CodeAction of one fix, or undefined for a manual step (it belongs in the panel). */
  async action(fix: Fix, placed: Placed): Promise<vscode.CodeAction | undefined> {
    if (fix.kind === 'manual') return undefined;
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const plan = await planFix(fix, placed.target, this.globalStorage);
    if (plan.kind === 'workspaceEdit') action.edit = plan.edit;
    else if (plan.kind === 'blocked') action.disabled = { reason: S.fixCannotApply(plan.reason) };
    else action.command = { command: RUN_FIX_COMMAND, title: fix.title, arguments: [fix, placed.target] };
    return action;
  }
}
