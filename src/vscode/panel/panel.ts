import * as vscode from 'vscode';
import type { FromWebview, PanelContext, RenderedAction, SelftestView, ToWebview } from '../../webview/protocol';
import { parseFromWebview } from '../../webview/protocol';
import { planFix } from '../fixPlan';
import type { ShownResults } from './actions';
import type { RunResult } from '../doctor';
import { errorText } from '../log';
import { getLang } from '../../core/i18n';
import { S } from '../strings';
import { panelHtml, webviewOptions } from './html';

const PANEL_VIEW_TYPE = 'goLldbDoctor.report';

/** What the webview last said it rendered (for the test API): section ids and visible text. */
export interface RenderedState {
  sections: string[];
  text: string;
  actions: RenderedAction[];
}

/** The start of a message for the log; never throws (a message need not be JSON). */
function preview(raw: unknown): string {
  try {
    return String(JSON.stringify(raw)).slice(0, 200);
  } catch {
    return `(${typeof raw}, not JSON)`;
  }
}

export type PanelMessageHandler = (msg: FromWebview, shown: ShownResults) => Promise<void>;

/** The report panel: one at a time, restored by a serializer after a reload, fed only through postMessage. */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private result: RunResult | undefined;
  /** The result shown before `result` (a button of its render may be pressed while the new one arrives). */
  private previous: RunResult | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** For integration tests only (kept when the panel runs in test mode, else never set). */
  rendered: RenderedState | undefined;
  /** For integration tests only: the last error the webview reported (always logged). */
  lastError: string | undefined;
  /** For integration tests only: the last notice sent to the webview. */
  lastNotice: string | undefined;
  /** For integration tests only: the last self-test view sent to the webview. */
  lastSelftest: SelftestView | undefined;
  private selftestView: SelftestView | undefined;
  /** For integration tests only: how many times a webview of this panel loaded (said `ready`). */
  readyCount = 0;

  /** Whether the panel is on screen now (a hidden webview is unloaded until shown again). */
  get onScreen(): boolean {
    return this.panel?.visible === true;
  }
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedState>();
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** Integration tests: the webview reports what it rendered (ExtensionMode.Test only). */
    private readonly testMode: boolean,
    private readonly onMessage: PanelMessageHandler,
  ) {
    this.disposables.push(
      this.renderedEmitter,
      vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.adopt(panel),
      }),
    );
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

  /** A newer diagnosis: shown if the panel is open (resolves once it was sent to the webview). */
  async update(result: RunResult): Promise<void> {
    this.remember(result);
    if (this.panel) await this.post();
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
    if (this.testMode) this.lastSelftest = view;
    void this.send({ type: 'selftest', view });
  }

  notice(text: string): void {
    if (this.testMode) this.lastNotice = text;
    void this.send({ type: 'notice', text });
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = panelHtml(panel.webview, this.extensionUri, S.panelTitle());
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.rendered = undefined;
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
        if (this.testMode) this.readyCount++;
        await this.post();
        if (this.selftestView) await this.send({ type: 'selftest', view: this.selftestView });
        return;
      }
      if (msg.type === 'error') {
        if (this.testMode) this.lastError = msg.message;
        return this.log.error(`panel (webview): ${msg.message}`);
      }
      if (msg.type === 'rendered') {
        if (!this.testMode) return;
        this.rendered = { sections: msg.sections, text: msg.text, actions: msg.actions };
        this.renderedEmitter.fire(this.rendered);
        return;
      }
      await this.onMessage(msg, { ...(this.result ? { current: this.result } : {}), ...(this.previous ? { previous: this.previous } : {}) });
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
    for (const f of r.report.findings) {
      const row: boolean[] = [];
      for (const fix of f.fixes) row.push(fix.kind !== 'manual' && (await planFix(fix, r.target)).kind !== 'blocked');
      fixable.push(row);
    }
    const name = r.target.config?.name;
    return {
      lang: getLang(),
      time: r.time.toISOString(),
      trusted: r.trusted,
      ...(this.testMode ? { testMode: true } : {}),
      skipped: r.skipped,
      fixable,
      ...(r.target.folder ? { folder: r.target.folder.uri.fsPath } : {}),
      ...(typeof name === 'string' ? { configName: name } : {}),
      ...(r.snapshot ? { snapshot: r.snapshot } : {}),
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
