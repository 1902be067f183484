import type * as vscode from 'vscode';
import type { DoctorDiagnostics } from './fixes/diagnostics';
import type { Doctor, RunResult } from './diagnosis/doctor';
import type { PanelHost } from './panel/host';
import type { DoctorStatusBar } from './statusBar';

/**
 * What commands, fixes and the test API use of the extension. DoctorContext provides it; the users import only
 * this type, so that they and the context that registers them do not import each other.
 */
export interface DoctorServices {
  readonly extension: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly doctor: Doctor;
  readonly diagnostics: DoctorDiagnostics;
  readonly statusBar: DoctorStatusBar;
  readonly panel: PanelHost;
  /** Fires after a report reached the status bar, the panel and the diagnostics. */
  readonly onDidPublish: vscode.Event<RunResult>;
  /** Publishes a result; resolves once the status bar, the panel and Problems show it. */
  publish(result: RunResult): Promise<void>;
}
