import * as vscode from 'vscode';
import { SELFTEST_COMMAND } from '../selftestId';
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import { renderJson, renderMarkdown } from '../../core/report/render';
import type { Fix } from '../../core/report/types';
import type { FromWebview } from '../../webview/protocol';
import { applyPlan, outcomeText, type FixOutcome } from '../fixes/applyFix';
import { commandsRunHere } from '../fixes/fixPlan';
import type { RunResult } from '../diagnosis/doctor';
import { S } from '../strings';
import type { RunTarget } from '../diagnosis/target';
import { reportIssue } from '../share/reportIssue';

export interface PanelActionDeps {
  log: vscode.LogOutputChannel;
  /** Applies a fix and, when it changed something, diagnoses again (resolves once every surface shows it). */
  fix: (fix: Fix, target: RunTarget) => Promise<FixOutcome>;
  rerun: () => Promise<void>;
  exportSnapshot: () => Promise<void>;
  notice: (text: string) => void;
}

/** The results the panel showed: the current one and the one before (a button of which may still be pressed). */
export interface ShownResults {
  current?: RunResult;
  previous?: RunResult;
}

/** The commands a report offers to type in a terminal: components' `command` and fixes of kind `command`. */
function knownCommands(result: RunResult): Set<string> {
  const out = new Set<string>();
  for (const c of result.report.components) if (c.command) out.add(c.command);
  for (const f of result.report.findings) for (const x of f.fixes) if (x.kind === 'command') out.add(x.command);
  return out;
}

/**
 * The result a fix button was rendered from: buttons carry their report's time, so that a press that crossed a
 * re-render (the report after a fix) is applied to the fix it showed, never to whatever now has its index.
 */
function resultOf(shown: ShownResults, at: string | undefined): RunResult | undefined {
  if (at === undefined) return shown.current;
  return [shown.current, shown.previous].find((r) => r?.time.toISOString() === at);
}

async function applyFix(msg: Extract<FromWebview, { type: 'applyFix' }>, shown: ShownResults, deps: PanelActionDeps): Promise<void> {
  const result = resultOf(shown, msg.at);
  if (!result) return deps.notice(t(FIXES.staleReport));
  const fix = result.report.findings[msg.finding]?.fixes[msg.fix];
  if (!fix) return deps.notice(t(FIXES.noSuchFix));
  deps.notice(outcomeText(fix.title, await deps.fix(fix, result.target)));
}

/** Carries out what the panel asked for (already validated against the protocol). */
export async function handlePanelMessage(msg: FromWebview, shown: ShownResults, deps: PanelActionDeps): Promise<void> {
  const result = shown.current;
  switch (msg.type) {
    case 'rerun':
      return deps.rerun();
    case 'exportSnapshot':
      return deps.exportSnapshot();
    case 'reportIssue':
      if (result) await reportIssue(deps.log, result, deps.notice);
      return;
    case 'copy': {
      if (!result) return;
      const text = msg.format === 'json' ? renderJson(result.report) : renderMarkdown(result.report);
      await vscode.env.clipboard.writeText(text);
      deps.notice(S.copied(msg.format === 'json' ? 'JSON' : 'Markdown'));
      return;
    }
    case 'openTerminal': {
      // Only commands the report itself names; typed, never run.
      if (!result || !knownCommands(result).has(msg.command)) return deps.log.warn('panel: refused an unknown terminal command');
      // A replayed machine's commands are for that machine, never typed into this one's terminal.
      if (!commandsRunHere(result.target)) return deps.log.warn('panel: refused a replayed machine\'s command for this terminal');
      await applyPlan({ kind: 'terminal', command: msg.command }, S.terminalName(), deps.log);
      return;
    }
    case 'applyFix':
      return applyFix(msg, shown, deps);
    case 'selftest':
      await vscode.commands.executeCommand(SELFTEST_COMMAND);
      return;
    default:
      return;
  }
}
