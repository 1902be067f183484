import * as vscode from 'vscode';
import { VERDICT_RANK, type Fix } from '../core/report/types';
import { planFix, runPlan } from './applyFix';
import type { DoctorContext } from './context';
import type { RunResult } from './doctor';
import { explainToResult } from './explain';
import { activeFolder, prepareInput } from './machine';
import { RUN_FIX_COMMAND } from './quickFixes';
import { exportSnapshot } from './snapshotExport';
import { SHOW_PANEL_COMMAND } from './statusBar';
import { S } from './strings';
import { goConfigs, launchJsonUri, readTextOf, resolveTarget, type RunTarget } from './target';

export const COMMANDS = {
  diagnose: 'goLldbDoctor.diagnose',
  explain: 'goLldbDoctor.explain',
  showLog: 'goLldbDoctor.showLog',
  showReport: SHOW_PANEL_COMMAND,
  exportSnapshot: 'goLldbDoctor.exportSnapshot',
  runFix: RUN_FIX_COMMAND,
} as const;


/** Diagnoses every `go` configuration of the folder's launch.json (or the folder alone); worst first. */
export async function diagnoseFolder(ctx: DoctorContext, folder: vscode.WorkspaceFolder | undefined): Promise<RunResult[]> {
  const text = folder ? await readTextOf(launchJsonUri(folder)) : undefined;
  const configs = text ? goConfigs(text).slice(0, 8) : [];
  const targets: RunTarget[] = configs.length
    ? await Promise.all(configs.map((c) => resolveTarget(folder, { type: 'go', request: 'launch', name: c.name })))
    : [await resolveTarget(folder, undefined)];
  const results: RunResult[] = [];
  for (const t of targets) {
    const r = await ctx.doctor.run(t);
    if (r) results.push(r);
  }
  return results.sort((a, b) => VERDICT_RANK[a.report.verdict] - VERDICT_RANK[b.report.verdict]);
}

async function diagnoseCommand(ctx: DoctorContext): Promise<RunResult | undefined> {
  const folder = activeFolder();
  ctx.panel.running();
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: S.diagnosing(), cancellable: false },
    () => diagnoseFolder(ctx, folder),
  );
  const [main, ...others] = results;
  if (!main) {
    const choice = await vscode.window.showErrorMessage(S.diagnoseFailed(S.showLog()), S.showLog());
    if (choice) ctx.log.show();
    return undefined;
  }
  ctx.doctor.publish({ ...main, siblings: others });
  ctx.panel.show(main);
  return main;
}

async function explainCommand(ctx: DoctorContext): Promise<RunResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const text = selected || (await vscode.window.showInputBox({ prompt: S.explainPrompt(), placeHolder: S.explainPlaceholder(), ignoreFocusOut: true }));
  if (!text) return undefined;
  const host = ctx.doctor.last?.report.host;
  const result = explainToResult(text, await resolveTarget(activeFolder(), undefined), host?.hardwareArch, host?.platform);
  if (result.report.findings.length === 0) void vscode.window.showInformationMessage(S.explainNothing());
  ctx.panel.show(result);
  return result;
}

async function showReportCommand(ctx: DoctorContext): Promise<void> {
  if (ctx.doctor.last) ctx.panel.show(ctx.doctor.last);
  else await diagnoseCommand(ctx);
}

async function runFixCommand(ctx: DoctorContext, fix: Fix, target: RunTarget): Promise<void> {
  const why = await runPlan(await planFix(fix, target, ctx.extension.globalStorageUri), S.terminalName());
  if (why) void vscode.window.showWarningMessage(S.fixFailed(fix.title, why));
}

/** Wraps a command so that a failure is logged and shown briefly, never thrown into VS Code. */
function guarded<A extends unknown[], R>(ctx: DoctorContext, name: string, fn: (...a: A) => Promise<R>) {
  return async (...a: A): Promise<R | undefined> => {
    try {
      return await fn(...a);
    } catch (err) {
      ctx.log.error(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      const choice = await vscode.window.showErrorMessage(S.diagnoseFailed(err instanceof Error ? err.message : String(err)), S.showLog());
      if (choice) ctx.log.show();
      return undefined;
    }
  };
}

export function registerCommands(ctx: DoctorContext): vscode.Disposable[] {
  const reg = <A extends unknown[], R>(id: string, fn: (...a: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, guarded(ctx, id, fn));
  return [
    reg(COMMANDS.diagnose, () => diagnoseCommand(ctx)),
    reg(COMMANDS.explain, () => explainCommand(ctx)),
    reg(COMMANDS.showLog, async () => ctx.log.show()),
    reg(COMMANDS.showReport, () => showReportCommand(ctx)),
    reg(COMMANDS.exportSnapshot, () => exportSnapshot(ctx.log, (folder) => prepareInput({ folder }, 4000).input)),
    reg(COMMANDS.runFix, (fix: Fix, target: RunTarget) => runFixCommand(ctx, fix, target)),
  ];
}
