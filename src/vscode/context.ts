import * as vscode from 'vscode';
import { engineCommands, type CommandHandler } from './commands/commands';
import type { CommandId } from './commandIds';
import { DapWatchTrackerFactory } from './preflight/dapWatchTracker';
import { DoctorDiagnostics } from './fixes/diagnostics';
import { Doctor, type RunResult } from './diagnosis/doctor';
import { fixAndRefresh } from './commands/fixFlow';
import { DiagnosticsFollower } from './fixes/followEdits';
import { RediagnoseOnChange } from './commands/followFiles';
import { errorText } from './log';
import { PanelHost } from './panel/host';
import { Preflight } from './preflight/preflight';
import { DoctorQuickFixes } from './fixes/quickFixes';
import type { DoctorServices } from './services';
import type { Fix } from '../core/report/types';
import type { RunTarget } from './diagnosis/target';
import { DoctorStatusBar } from './statusBar';

/**
 * The engine's root (dist/extension-engine.js, loaded on first use by src/vscode/shell.ts): owns every disposable
 * of the engine; the shell creates and starts it and forwards to its preflight, tracker, panel and commands.
 * Nothing probes here.
 */
export class DoctorContext implements vscode.Disposable, DoctorServices {
  readonly log: vscode.LogOutputChannel;
  readonly doctor: Doctor;
  readonly diagnostics: DoctorDiagnostics;
  readonly statusBar: DoctorStatusBar;
  readonly panel: PanelHost;
  readonly preflight: Preflight;
  readonly tracker: DapWatchTrackerFactory;
  /** The contributed commands' handlers (the shell registers the commands). */
  readonly commands: Readonly<Record<CommandId, CommandHandler>>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly published = new vscode.EventEmitter<RunResult>();
  readonly onDidPublish = this.published.event;
  /** The newest result's way to the status bar, panel and Problems. */
  private publishing: Promise<void> = Promise.resolve();

  constructor(
    readonly extension: vscode.ExtensionContext,
    /** The shell's channel: the shell owns and disposes it. */
    log: vscode.LogOutputChannel,
  ) {
    this.log = log;
    this.own(this.published);
    this.doctor = this.own(new Doctor(this.log));
    this.diagnostics = this.own(new DoctorDiagnostics(extension.globalStorageUri));
    this.statusBar = this.own(new DoctorStatusBar(this.log));
    const panelActions = {
      log: this.log,
      fix: (fix: Fix, target: RunTarget) => fixAndRefresh(this, fix, target),
      rerun: async () => void (await vscode.commands.executeCommand('goLldbDoctor.diagnose', 'Re-run (panel)')),
      exportSnapshot: async () => void (await vscode.commands.executeCommand('goLldbDoctor.exportSnapshot')),
    };
    // Evaluated on first use: the panel's modules are in this bundle, not run until the panel is shown or restored.
    this.panel = this.own(new PanelHost(async () => (await import('./panel/panel.js')).createReportPanel(extension.extensionUri, this.log, panelActions), this.log));
    this.preflight = new Preflight(this.doctor, this.log, () => this.showReport());
    this.tracker = new DapWatchTrackerFactory(this.doctor, this.preflight, this.log, () => this.showReport());
    const commands = engineCommands(this);
    this.commands = commands.handlers;
    this.disposables.push(...commands.disposables);
  }

  /** Starts what follows the reports: quick fixes, edits and file changes, the report's way to the screen. */
  start(): void {
    this.disposables.push(
      new DoctorQuickFixes(this.diagnostics, this.log).register(),
      new DiagnosticsFollower(this.diagnostics, this.log),
      new RediagnoseOnChange(this),
      this.doctor.onDidChange((r) => {
        this.publishing = this.onResult(r);
      }),
    );
  }

  async publish(result: RunResult): Promise<void> {
    this.doctor.publish(result);
    await this.publishing;
  }

  private async onResult(r: RunResult): Promise<void> {
    try {
      this.statusBar.show(r);
      await this.panel.update(r);
      await this.diagnostics.publish([r, ...(r.siblings ?? [])]);
      this.published.fire(r);
    } catch (err) {
      this.log.error(`publishing the report failed: ${errorText(err)}`);
    }
  }

  private async showReport(): Promise<void> {
    await vscode.commands.executeCommand('goLldbDoctor.showReport');
  }

  private own<T extends vscode.Disposable>(d: T): T {
    this.disposables.push(d);
    return d;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
