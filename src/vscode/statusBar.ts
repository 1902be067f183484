import * as vscode from 'vscode';
import type { Report } from '../core/report/types';
import type { RunResult } from './diagnosis/doctor';
import { runsAs, statusParts, statusWords } from '../core/present/statusText';
import { componentName, componentStatusText } from '../core/report/component-words';
import { S } from './strings';
import { SELFTEST_COMMAND } from './selftestId';
import { COMMANDS } from './commandIds';

/** One status bar item, shown once a folder holds Go code (go.mod or a .go file) or a diagnosis ran: verdict icon, LLDB slices against the host, a tooltip. */
export class DoctorStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goLldbDoctor.status', vscode.StatusBarAlignment.Left, 10);
  /** Whether the item is shown (StatusBarItem does not say; for the test API). */
  private shownNow = false;
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Set by the first diagnosis shown: from then on the report decides whether the item shows, not the files. */
  private shown = false;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.item.name = S.statusName();
    this.item.command = COMMANDS.showReport;
    this.idle();
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.updateVisibility()));
    void this.updateVisibility();
  }

  /** The text shown now (for the test API). */
  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : (t?.value ?? '');
  }

  /** What a screen reader reads (for the test API). */
  get accessibility(): vscode.AccessibilityInformation | undefined {
    return this.item.accessibilityInformation;
  }

  private idle(): void {
    this.item.text = `$(debug) ${S.statusIdle()}`;
    this.item.tooltip = idleTooltip();
    this.item.accessibilityInformation = { label: S.statusTooltipIdle(), role: 'button' };
    this.item.backgroundColor = undefined;
  }

  show(result: RunResult): void {
    this.shown = true;
    const { report } = result;
    const words = statusWords(report);
    this.item.text = `${words.icon} ${words.label}`;
    this.item.backgroundColor =
      report.verdict === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : report.verdict === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.item.tooltip = tooltip(result);
    // Without it a screen reader reads the item's text with its icon names, or the raw Markdown of the tooltip.
    this.item.accessibilityInformation = { label: spoken(report), role: 'button' };
    // A diagnosis that ran is on screen, on a Mac and off it alike (core's statusWords chooses the words).
    this.setVisible(true);
  }

  get visible(): boolean {
    return this.shownNow;
  }

  private setVisible(on: boolean): void {
    this.shownNow = on;
    if (on) this.item.show();
    else this.item.hide();
  }

  private async updateVisibility(): Promise<void> {
    try {
      const found = await vscode.workspace.findFiles('{**/go.mod,**/*.go}', '**/node_modules/**', 1);
      // A report that arrived during the search has decided (and shown the item).
      if (this.shown) return;
      this.setVisible(found.length > 0);
    } catch (err) {
      this.log.warn(`status bar: ${String(err)}`);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const VERDICT = { ok: S.verdictOk, warning: S.verdictWarning, error: S.verdictError };
const VERDICT_FOUND = { ok: S.verdictOk, warning: S.verdictWarningFound, error: S.verdictErrorFound };

/**
 * The item as one plain sentence: `Go LLDB Doctor: LLDB x86_64 does not match the Mac (arm64), errors found`,
 * or the root cause's title when LLDB is not what is wrong.
 */
function spoken(report: Report): string {
  const verdict = VERDICT_FOUND[report.verdict]();
  const words = statusWords(report);
  const { lldb, otherThan } = statusParts(report);
  if (words.kind === 'cause' || words.kind === 'platform') return S.statusA11y(words.label, verdict);
  if (lldb === undefined) return S.statusA11y(S.statusLldbUnknown(), verdict);
  return S.statusA11y(otherThan ? S.statusLldbMismatch(lldb, otherThan) : `LLDB ${lldb}`, verdict);
}

/** No verdict yet: the tooltip offers the self-test, which proves the chain instead of predicting it. */
function idleTooltip(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [SELFTEST_COMMAND] };
  md.appendMarkdown(`${esc(S.statusTooltipIdle())}\n\n[$(debug-alt) ${esc(S.selftestOffer())}](command:${SELFTEST_COMMAND})`);
  return md;
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function tooltip(result: RunResult): vscode.MarkdownString {
  const { report } = result;
  const h = report.host;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${esc(S.statusTooltipTitle(VERDICT[report.verdict]()))}**\n\n`);
  // The Mac's CPU is the host's; what runs under Rosetta is VS Code (its own build's CPU), said apart.
  md.appendMarkdown(`${esc(S.statusTooltipHost(h.platform, h.hardwareArch ?? S.unknown()))}\n\n`);
  if (h.translated) md.appendMarkdown(`${esc(S.statusTooltipTranslated(runsAs(report) ?? S.unknown()))}\n\n`);
  md.appendMarkdown('| | | |\n|---|---|---|\n');
  for (const c of report.components) {
    md.appendMarkdown(`| ${esc(componentName(c.id))} | ${esc((c.archs ?? []).join(', ') || '—')} | ${esc(componentStatusText(c.status))} |\n`);
  }
  for (const f of report.findings.slice(0, 5)) {
    const icon = f.severity === 'error' ? '$(error)' : f.severity === 'warning' ? '$(warning)' : '$(info)';
    md.appendMarkdown(`\n${icon} ${esc(f.title)}  `);
  }
  md.appendMarkdown(`\n\n${esc(S.statusTooltipClick())}`);
  return md;
}
