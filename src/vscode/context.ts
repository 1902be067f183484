import * as vscode from 'vscode';
import { registerCommands } from './commands/commands';
import { DapWatchTrackerFactory } from './preflight/dapWatchTracker';
import { DoctorDiagnostics } from './fixes/diagnostics';
import { Doctor, type RunResult } from './diagnosis/doctor';
import { fixAndRefresh } from './commands/fixFlow';
import { DiagnosticsFollower } from './fixes/followEdits';
import { createLog, errorText } from './log';
import { handlePanelMessage } from './panel/actions';
import { ReportPanel } from './panel/panel';
import { Preflight } from './preflight/preflight';
import { DoctorQuickFixes } from './fixes/quickFixes';
import { MachineSettingsCheck } from './remoteSettings';
import type { DoctorServices } from './services';
import { DoctorStatusBar } from './statusBar';
import { createTestApi, type DoctorTestApi } from './test/testApi';

/** Owns every disposable of the extension; `activate` only creates and starts it. Nothing probes here. */
export class DoctorContext implements vscode.Disposable, DoctorServices {
  readonly log: vscode.LogOutputChannel;
  readonly doctor: Doctor;
  readonly diagnostics: DoctorDiagnostics;
  readonly statusBar: DoctorStatusBar;
  readonly panel: ReportPanel;
  readonly preflight: Preflight;
  readonly tracker: DapWatchTrackerFactory;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly published = new vscode.EventEmitter<RunResult>();
  readonly onDidPublish = this.published.event;
  /** The newest result's way to the status bar, panel and Problems. */
  private publishing: Promise<void> = Promise.resolve();
  /** Integration tests only (ExtensionMode.Test): the test API and the panel's rendered-state reports. */
  private readonly testMode: boolean;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.testMode = extension.extensionMode === vscode.ExtensionMode.Test;
    this.log = this.own(createLog());
    this.own(this.published);
    this.doctor = this.own(new Doctor(this.log));
    this.diagnostics = this.own(new DoctorDiagnostics(extension.globalStorageUri));
    this.statusBar = this.own(new DoctorStatusBar(this.log));
    this.panel = this.own(
      new ReportPanel(extension.extensionUri, this.log, this.testMode, (msg, shown) =>
        handlePanelMessage(msg, shown, {
          log: this.log,
          fix: (fix, target) => fixAndRefresh(this, fix, target),
          rerun: async () => void (await vscode.commands.executeCommand('goLldbDoctor.diagnose')),
          exportSnapshot: async () => void (await vscode.commands.executeCommand('goLldbDoctor.exportSnapshot')),
          notice: (text) => this.panel.notice(text),
        }),
      ),
    );
    this.preflight = new Preflight(this.doctor, this.log, () => this.showReport());
    this.tracker = new DapWatchTrackerFactory(this.doctor, this.preflight, this.log, () => this.showReport());
  }

  /** Registers everything; returns the test API only to integration tests (ExtensionMode.Test). */
  start(): DoctorTestApi | undefined {
    const machineSettings = new MachineSettingsCheck(this.log);
    this.disposables.push(
      this.preflight.register(),
      this.tracker.register(),
      new DoctorQuickFixes(this.diagnostics, this.log).register(),
      new DiagnosticsFollower(this.diagnostics, this.log),
      this.doctor.onDidChange((r) => {
        this.publishing = this.onResult(r);
      }),
      ...registerCommands(this),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('goLldbDoctor') && machineSettings.check()),
    );
    machineSettings.check();
    this.log.info(`activated (VS Code ${vscode.version}, ${process.platform}/${process.arch})`);
    return this.testMode ? createTestApi(this) : undefined;
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
