import * as vscode from 'vscode';
import type { FromWebview, PanelContext, SelftestView, ToWebview } from '../../webview/protocol';
import { parseFromWebview } from '../../webview/protocol';
import { planFix } from '../fixes/fixPlan';
import { handlePanelMessage, type PanelActionDeps, type ShownResults } from './actions';
import type { RunResult } from '../diagnosis/doctor';
import { errorText } from '../log';
import { getLang } from '../../core/i18n';
import { S } from '../strings';
import { PANEL_VIEW_TYPE, panelHtml, webviewOptions } from './html';


/** The start of a message for the log; never throws (a message need not be JSON). */
function preview(raw: unknown): string {
  try {
    return String(JSON.stringify(raw)).slice(0, 200);
  } catch {
    return `(${typeof raw}, not JSON)`;
  }
}

export type PanelMessageHandler = (msg: FromWebview, shown: ShownResults) => Promise<void>;

/**
 * The report panel: one at a time, fed only through postMessage; evaluated on first use (a dynamic import in the
 * engine's bundle, dist/extension-engine.js). PanelHost creates it and restores it after a reload.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private result: RunResult | undefined;
  /** The result shown before `result` (a button of its render may be pressed while the new one arrives). */
  private previous: RunResult | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Asks the webview to post `rendered` (what it shows) after each render; off unless an observer wants it. */
  reportRenders = false;
  private readonly received = new vscode.EventEmitter<FromWebview>();
  /** Every valid message of the webview, after the panel handled it (`ready`, `error`, `rendered`, presses). */
  readonly onDidReceiveMessage = this.received.event;
  private readonly noticed = new vscode.EventEmitter<string>();
  /** Every notice the panel sends to its webview (what a fix or a copy did). */
  readonly onDidNotice = this.noticed.event;
  private readonly closed = new vscode.EventEmitter<void>();
  /** The webview panel was closed (the user, or a newer one replacing it). */
  readonly onDidClose = this.closed.event;
  /** The self-test's last view, sent again to a webview that reloads. */
  private selftestView: SelftestView | undefined;

  /** Whether the panel is on screen now (a hidden webview is unloaded until shown again). */
  get onScreen(): boolean {
    return this.panel?.visible === true;
  }

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly onMessage: PanelMessageHandler,
  ) {
    this.disposables.push(this.received, this.noticed, this.closed);
  }

  /** Whether the panel exists (open, possibly in a background tab); see `onScreen`. */
  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the panel; shows `result` when given, else the current one. */
  show(result?: RunResult): void {
    if (result) this.remember(result);
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      // Beside the editor, like a preview: launch.json stays visible next to the report that points into it.
      const column = { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true };
      const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, S.panelTitle(), column, {
        ...webviewOptions(this.extensionUri),
        retainContextWhenHidden: false,
      });
      this.adopt(panel);
    }
    void this.post();
  }

  /**
   * A newer diagnosis: shown if the panel is on screen (resolves once it was sent to the webview). A panel in a
   * background tab has no webview (retainContextWhenHidden is off): it says `ready` when shown again and gets the
   * report then, so its fixes are planned (files read) only for a render someone can see.
   */
  async update(result: RunResult): Promise<void> {
    this.remember(result);
    if (this.panel?.visible) await this.post();
  }

  private remember(result: RunResult): void {
    if (result !== this.result) this.previous = this.result;
    this.result = result;
  }

  running(): void {
    void this.send({ type: 'running' });
  }

  /** The self-test's stages as they run (kept, so that a webview that reloads shows them again). */
  selftest(view: SelftestView): void {
    this.selftestView = view;
    void this.send({ type: 'selftest', view });
  }

  notice(text: string): void {
    this.noticed.fire(text);
    void this.send({ type: 'notice', text });
  }

  /** Takes over a webview panel: a new one, or one VS Code restores after a reload (PanelHost's serializer). */
  adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = panelHtml(panel.webview, this.extensionUri, S.panelTitle());
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.closed.fire();
    }, undefined, this.disposables);
    panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw), undefined, this.disposables);
  }

  /** Handles a message from the webview (validated first: it is untrusted input). */
  async receive(raw: unknown): Promise<void> {
    let msg: FromWebview | undefined;
    try {
      msg = parseFromWebview(raw);
      if (!msg) return this.log.warn(`panel: dropped an invalid message ${preview(raw)}`);
      if (msg.type === 'ready') {
        await this.post();
        if (this.selftestView) await this.send({ type: 'selftest', view: this.selftestView });
      }
      else if (msg.type === 'error') this.log.error(`panel (webview): ${msg.message}`);
      else if (msg.type !== 'rendered') {
        await this.onMessage(msg, { ...(this.result ? { current: this.result } : {}), ...(this.previous ? { previous: this.previous } : {}) });
      }
      this.received.fire(msg);
    } catch (err) {
      this.log.error(`panel: ${msg?.type ?? 'a message'} failed: ${errorText(err)}`);
    }
  }

  private async post(): Promise<void> {
    const r = this.result;
    if (!r) return;
    try {
      await this.send({ type: 'report', report: r.report, context: await this.context(r) });
    } catch (err) {
      this.log.error(`panel: could not show the report: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  private async context(r: RunResult): Promise<PanelContext> {
    const fixable: boolean[][] = [];
    const applied: boolean[][] = [];
    for (const f of r.report.findings) {
      const plans = await Promise.all(f.fixes.map((fix) => (fix.kind === 'manual' ? undefined : planFix(fix, r.target))));
      fixable.push(plans.map((p) => p !== undefined && p.kind !== 'blocked'));
      applied.push(plans.map((p) => p?.kind === 'blocked' && p.done === true));
    }
    const name = r.target.config?.name;
    return {
      lang: getLang(),
      time: r.time.toISOString(),
      trusted: r.trusted,
      ...(this.reportRenders ? { testMode: true } : {}),
      skipped: r.skipped,
      fixable,
      applied,
      ...(r.target.folder ? { folder: r.target.folder.uri.fsPath } : {}),
      ...(typeof name === 'string' ? { configName: name } : {}),
      ...(r.snapshot ? { snapshot: r.snapshot } : {}),
      ...(r.explained !== undefined ? { explained: r.explained } : {}),
    };
  }

  private async send(msg: ToWebview): Promise<void> {
    try {
      await this.panel?.webview.postMessage(msg);
    } catch (err) {
      this.log.warn(`panel: postMessage failed: ${String(err)}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The panel with its actions wired (what PanelHost loads on first use; `notice` is the panel's own). */
export function createReportPanel(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, deps: Omit<PanelActionDeps, 'notice'>): ReportPanel {
  const panel: ReportPanel = new ReportPanel(extensionUri, log, (msg, shown) =>
    handlePanelMessage(msg, shown, { ...deps, notice: (text) => panel.notice(text) }),
  );
  return panel;
}
