import * as vscode from 'vscode';
import { renderJson, renderMarkdown } from '../../core/report/render';
import type { FromWebview } from '../../webview/protocol';
import { planFix, runPlan } from '../applyFix';
import type { RunResult } from '../doctor';
import { S } from '../strings';

export interface PanelActionDeps {
  log: vscode.LogOutputChannel;
  globalStorage: vscode.Uri;
  rerun: () => Promise<void>;
  exportSnapshot: () => Promise<void>;
  notice: (text: string) => void;
}

/** The commands a report offers to type in a terminal: components' `command` and fixes of kind `command`. */
export function knownCommands(result: RunResult): Set<string> {
  const out = new Set<string>();
  for (const c of result.report.components) if (c.command) out.add(c.command);
  for (const f of result.report.findings) for (const x of f.fixes) if (x.kind === 'command') out.add(x.command);
  return out;
}

/** Applies one fix of the shown report, the same way its quick fix does. Returns why it failed, if it did. */
export async function applyReportFix(result: RunResult, finding: number, fix: number, deps: Pick<PanelActionDeps, 'globalStorage'>): Promise<string | undefined> {
  const f = result.report.findings[finding];
  const x = f?.fixes[fix];
  if (!f || !x) return 'no such fix';
  return runPlan(await planFix(x, result.target, deps.globalStorage), S.terminalName());
}

/** Carries out what the panel asked for (already validated against the protocol). */
export async function handlePanelMessage(msg: FromWebview, result: RunResult | undefined, deps: PanelActionDeps): Promise<void> {
  switch (msg.type) {
    case 'rerun':
      return deps.rerun();
    case 'exportSnapshot':
      return deps.exportSnapshot();
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
      await runPlan({ kind: 'terminal', command: msg.command }, S.terminalName());
      return;
    }
    case 'applyFix': {
      if (!result) return;
      const title = result.report.findings[msg.finding]?.fixes[msg.fix]?.title ?? '';
      const why = await applyReportFix(result, msg.finding, msg.fix, deps);
      deps.notice(why ? S.fixFailed(title, why) : S.fixApplied(title));
      if (why) deps.log.warn(`fix "${title}" not applied: ${why}`);
      return;
    }
    default:
      return;
  }
}
