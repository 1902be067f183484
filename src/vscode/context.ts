import * as vscode from 'vscode';
import { registerCommands } from './commands/commands';
import { DapWatchTrackerFactory } from './preflight/dapWatchTracker';
import { DoctorDiagnostics } from './fixes/diagnostics';
import { Doctor, type RunResult } from './diagnosis/doctor';
import { fixAndRefresh } from './commands/fixFlow';
import { DiagnosticsFollower } from './fixes/followEdits';
import { RediagnoseOnChange } from './commands/followFiles';
import { createLog, errorText } from './log';
import { lazy } from './lazy';
import { PanelHost } from './panel/host';
import { Preflight } from './preflight/preflight';
import { DoctorQuickFixes } from './fixes/quickFixes';
import { MachineSettingsCheck } from './remoteSettings';
import type { DoctorServices } from './services';
import type { Fix } from '../core/report/types';
import type { RunTarget } from './diagnosis/target';
import { DoctorStatusBar } from './statusBar';
import { liveProcess } from '../core/host/live';
import type { DoctorTestApi } from './test/testApi';

/** Owns every disposable of the extension; `activate` only creates and starts it. Nothing probes here. */
export class DoctorContext implements vscode.Disposable, DoctorServices {
  readonly log: vscode.LogOutputChannel;
  readonly doctor: Doctor;
  readonly diagnostics: DoctorDiagnostics;
  readonly statusBar: DoctorStatusBar;
  readonly panel: PanelHost;
  readonly preflight: Preflight;
  readonly tracker: DapWatchTrackerFactory;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly published = new vscode.EventEmitter<RunResult>();
  readonly onDidPublish = this.published.event;
  /** The newest result's way to the status bar, panel and Problems. */
  private publishing: Promise<void> = Promise.resolve();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = this.own(createLog());
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
    this.panel = this.own(new PanelHost(async () => (await lazy.panel()).createReportPanel(extension.extensionUri, this.log, panelActions), this.log));
    this.preflight = new Preflight(this.doctor, this.log, () => this.showReport());
    this.tracker = new DapWatchTrackerFactory(this.doctor, this.preflight, this.log, () => this.showReport());
  }

  /**
   * Registers everything. Integration tests (ExtensionMode.Test) get their API, which lives in its own bundle
   * (src/vscode/test/, dist/extension-test.js, absent from the production build); anyone else gets undefined.
   */
  start(): Promise<DoctorTestApi | undefined> | undefined {
    const machineSettings = new MachineSettingsCheck(this.log);
    this.disposables.push(
      this.preflight.register(),
      this.tracker.register(),
      new DoctorQuickFixes(this.diagnostics, this.log).register(),
      new DiagnosticsFollower(this.diagnostics, this.log),
      new RediagnoseOnChange(this),
      this.doctor.onDidChange((r) => {
        this.publishing = this.onResult(r);
      }),
      ...registerCommands(this),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('goLldbDoctor') && machineSettings.check()),
    );
    machineSettings.check();
    this.log.info(`activated (VS Code ${vscode.version}, ${liveProcess().platform}/${liveProcess().arch})`);
    if (this.extension.extensionMode !== vscode.ExtensionMode.Test) return undefined;
    return lazy.test().then(
      (m) => m.createTestApi(this),
      (err: unknown) => void this.log.warn(`no test API in this build: ${errorText(err)}`),
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
