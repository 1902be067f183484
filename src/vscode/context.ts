import * as vscode from 'vscode';
import { createLog } from './log';
import { registerTracker } from './tracker';
import { registerCommands } from './commands';

/** Owns every disposable of the extension; `activate` only creates and starts it. */
export class DoctorContext implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = createLog();
    this.disposables.push(this.log);
  }

  start(): void {
    this.disposables.push(registerTracker(this), ...registerCommands(this));
    this.log.info(`activated (VS Code ${vscode.version}, ${process.platform}/${process.arch})`);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
