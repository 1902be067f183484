import * as vscode from 'vscode';
import type { RunResult } from '../diagnosis/doctor';
import { errorText } from '../log';
import type { ReportPanel } from './panel';
import type { SelftestView } from '../../webview/protocol';

/**
 * The report panel as the rest of the extension uses it: the panel itself (ReportPanel, its webview, actions and
 * fix planning) is evaluated the first time it is shown or restored, so a debug start never runs its modules.
 * Until then a newer diagnosis has nothing to update and nothing is sent.
 */
export class PanelHost implements vscode.Disposable {
  private loading: Promise<ReportPanel> | undefined;
  private current: ReportPanel | undefined;
  private readonly created = new vscode.EventEmitter<ReportPanel>();
  /** Fires once, when the panel was loaded and created. */
  readonly onDidCreate = this.created.event;
  private readonly disposables: vscode.Disposable[] = [this.created];

  constructor(
    private readonly load: () => Promise<ReportPanel>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** A panel VS Code restores after a reload (activation's serializer, src/vscode/shell.ts, hands it over). */
  async restore(webviewPanel: vscode.WebviewPanel): Promise<void> {
    (await this.panel()).adopt(webviewPanel);
  }

  /** The panel once it was created (never loads it). */
  get loaded(): ReportPanel | undefined {
    return this.current;
  }

  /** The panel, loaded and created on the first call. */
  panel(): Promise<ReportPanel> {
    this.loading ??= this.load().then((p) => {
      this.current = p;
      this.disposables.push(p);
      this.created.fire(p);
      return p;
    });
    return this.loading;
  }

  /**
   * An explanation on screen (Explain Debug Error…): a diagnosis that runs by itself (a file changed, a debug start)
   * updates Problems and the status bar but does not replace it; showing a report (any `show`) does.
   */
  private explaining = false;

  /** Opens (or reveals) the panel with an explanation the user asked for (see `explaining`). */
  showExplanation(result: RunResult): void {
    this.show(result);
    this.explaining = true;
  }

  /** Opens (or reveals) the panel; shows `result` when given, else the current one. */
  show(result?: RunResult): void {
    this.explaining = false;
    this.panel().then(
      (p) => p.show(result),
      (err: unknown) => this.log.error(`panel: could not load: ${errorText(err)}`),
    );
  }

  /**
   * A newer diagnosis, for a panel that exists (resolves once it was sent to the webview). A panel that could not
   * be loaded was logged by `show`; it must not keep the report from Problems and the status bar.
   */
  async update(result: RunResult): Promise<void> {
    if (this.explaining) return;
    const panel = await this.loading?.catch(() => undefined);
    await panel?.update(result);
  }

  /** The self-test's stages as they run: the panel (loaded and shown by the caller's `show`) keeps and shows them. */
  selftest(view: SelftestView): void {
    void this.panel().then((p) => p.selftest(view), (err: unknown) => this.log.error(`panel: could not load: ${errorText(err)}`));
  }

  running(): void {
    void this.loading?.then((p) => p.running(), () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
