import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import type { Fix } from '../../core/report/types';
import { diagnoseFolder } from './diagnoseFolder';
import { PROBE_TIMEOUT_MS, type RunResult } from '../diagnosis/doctor';
import { explainToResult } from './explain';
import { outcomeText } from '../fixes/applyFix';
import { afterQuickFixEdit, fixAndRefresh } from './fixFlow';
import { prepareInput } from '../diagnosis/prepareInput';
import type { DiagnoseInput } from '../../core/diagnose';
import { FIX_REFUSED_COMMAND, QUICK_FIX_APPLIED_COMMAND, RUN_FIX_COMMAND } from '../fixes/quickFixes';
import type { DoctorServices } from '../services';
import { SUMMARY_SCHEME, SnapshotSummaries, exportSnapshot } from './snapshotExport';
import { COMMANDS, type CommandId } from '../commandIds';
import { S } from '../strings';
import { activeFolder, resolveTarget, type RunTarget } from '../diagnosis/target';

async function showError(s: DoctorServices, text: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(text, S.showLog());
  if (choice) s.log.show();
}

async function diagnoseCommand(s: DoctorServices, trigger: string): Promise<RunResult | undefined> {
  const folder = activeFolder();
  s.panel.running();
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: S.diagnosing(), cancellable: false },
    () => diagnoseFolder(s, folder, trigger),
  );
  const [main, ...others] = results;
  if (!main) {
    // Doctor.run logged why; say what failed, and where the details are.
    await showError(s, t(FIXES.diagnoseNoResult));
    return undefined;
  }
  await s.publish({ ...main, siblings: others });
  s.panel.show(main);
  return main;
}

async function explainCommand(s: DoctorServices): Promise<RunResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const text = selected || (await vscode.window.showInputBox({ prompt: S.explainPrompt(), placeHolder: S.explainPlaceholder(), ignoreFocusOut: true }));
  if (!text) return undefined;
  const host = s.doctor.last?.report.host;
  const result = explainToResult(text, await resolveTarget(activeFolder(), undefined), host?.hardwareArch, host?.platform);
  s.log.info(`explain (${text.length} characters): ${result.report.verdict}, ${result.report.findings.length} finding(s)`);
  if (result.report.findings.length === 0) void vscode.window.showInformationMessage(S.explainNothing());
  s.panel.showExplanation(result);
  return result;
}

async function showReportCommand(s: DoctorServices): Promise<void> {
  if (s.doctor.last) s.panel.show(s.doctor.last);
  else await diagnoseCommand(s, 'Show Report');
}

/** A fix from the lightbulb or Problems that is not a plain edit: applied, then the diagnosis runs again. */
async function runFixCommand(s: DoctorServices, fix: Fix, target: RunTarget): Promise<void> {
  const outcome = await fixAndRefresh(s, fix, target);
  const text = outcomeText(fix.title, outcome);
  if (outcome.status === 'refused') void vscode.window.showWarningMessage(text);
  else void vscode.window.setStatusBarMessage(text, 5000);
}

/**
 * What an export records: the folder and launch configuration of the last diagnosis, read again now (its launch.json
 * as it is), so the snapshot carries the configuration the report is about; the active folder when there was none.
 */
async function exportInput(s: DoctorServices): Promise<DiagnoseInput> {
  const last = s.doctor.last?.target;
  const name = last?.config?.name;
  const target = last && typeof name === 'string' ? await resolveTarget(last.folder, { type: 'go', request: 'launch', name }) : { folder: last?.folder ?? activeFolder() };
  return prepareInput(target, PROBE_TIMEOUT_MS).input;
}

/** Wraps a command so that a failure is logged and shown briefly, never thrown into VS Code. */
function guarded<A extends unknown[], R>(s: DoctorServices, name: string, fn: (...a: A) => Promise<R>) {
  return async (...a: A): Promise<R | undefined> => {
    try {
      return await fn(...a);
    } catch (err) {
      s.log.error(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      await showError(s, t(FIXES.commandFailed, { command: name, reason: err instanceof Error ? err.message : String(err) }));
      return undefined;
    }
  };
}

/** A contributed command's handler (src/vscode/shell.ts registers the command and calls it). */
export type CommandHandler = (...args: unknown[]) => Promise<unknown>;

/**
 * The contributed commands' handlers, each guarded (a failure is logged and shown, never thrown into VS Code), and
 * the registrations only the engine needs: the lightbulb's fix commands and the export summaries' documents.
 */
export function engineCommands(s: DoctorServices): { handlers: Record<CommandId, CommandHandler>; disposables: vscode.Disposable[] } {
  const summaries = new SnapshotSummaries();
  const reg = <A extends unknown[], R>(id: string, fn: (...a: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, guarded(s, id, fn));
  const handler = <A extends unknown[], R>(id: CommandId, fn: (...a: A) => Promise<R>): CommandHandler => guarded(s, id, fn) as CommandHandler;
  const handlers: Record<CommandId, CommandHandler> = {
    [COMMANDS.diagnose]: handler(COMMANDS.diagnose, (trigger?: unknown) => diagnoseCommand(s, typeof trigger === 'string' ? trigger : 'Diagnose command')),
    [COMMANDS.explain]: handler(COMMANDS.explain, () => explainCommand(s)),
    [COMMANDS.showReport]: handler(COMMANDS.showReport, () => showReportCommand(s)),
    [COMMANDS.exportSnapshot]: handler(COMMANDS.exportSnapshot, () => exportSnapshot(s.log, () => exportInput(s), summaries)),
    [COMMANDS.reportIssue]: handler(COMMANDS.reportIssue, async () => {
      const shown = s.doctor.last ?? (await diagnoseCommand(s, 'Report on GitHub'));
      return shown ? (await import('../share/reportIssue.js')).reportIssue(s.log, shown, (text) => void vscode.window.showInformationMessage(text)) : undefined;
    }),
    // Evaluated on first use: the self-test's DAP client and stages are in the engine's bundle, not run until asked.
    [COMMANDS.selftest]: handler(COMMANDS.selftest, async () => (await import('../selftest/command.js')).selftestCommand(s)),
  };
  const disposables = [
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaries),
    reg(RUN_FIX_COMMAND, (fix: Fix, target: RunTarget) => runFixCommand(s, fix, target)),
    reg(QUICK_FIX_APPLIED_COMMAND, (edited: Parameters<typeof afterQuickFixEdit>[1], target: RunTarget) => afterQuickFixEdit(s, edited, target)),
    reg(FIX_REFUSED_COMMAND, async (text: string) => void vscode.window.showWarningMessage(text)),
  ];
  return { handlers, disposables };
}
