import * as vscode from 'vscode';
import { readFileLabel } from '../../core/present/readFiles';
import { rediagnose } from './diagnoseFolder';
import { errorText } from '../log';
import type { DoctorServices } from '../services';

/** How long changes may pause before the folder is diagnosed again (typing, a fix's edit and its save). */
const DEBOUNCE_MS = 700;

/**
 * Diagnoses again after any change to a file the shown report read (core/present/readFiles.ts): launch.json,
 * settings, devcontainer.json, the Dockerfile, go.mod — whether a fix, an undo, typing or another program changed
 * it (issue 19 item 2), and after a change of the `go` or `goLldbDoctor` settings. DiagnosticsFollower re-anchors the
 * diagnostics at once; this brings the panel, Problems and the status bar to the new verdict. Only the folder of
 * the published report, only once one was published, and not when a diagnosis started after the change (the fix
 * flow diagnoses itself). Never throws into the extension host.
 */
export class RediagnoseOnChange implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  /** `doctor.started` when the newest change was seen, and what changed. */
  private pending: { seen: number; what: string } | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly s: DoctorServices,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{*.json,go.mod,go.work,*ockerfile*,Containerfile,*compose.y*ml,*.code-workspace}');
    this.subscriptions = [
      watcher,
      // On disk: files not open in VS Code (an open one reports its changes below, its own saves included, and
      // VS Code reloads it when another program changes it); a save's late disk event must not diagnose again.
      watcher.onDidChange((uri) => this.changedOnDisk(uri)),
      watcher.onDidCreate((uri) => this.changedOnDisk(uri)),
      watcher.onDidDelete((uri) => this.changedOnDisk(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.changed(e.document.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('go') || e.affectsConfiguration('goLldbDoctor')) this.schedule('settings changed');
      }),
    ];
  }

  private changedOnDisk(uri: vscode.Uri): void {
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.changed(uri);
  }

  private changed(uri: vscode.Uri): void {
    try {
      const last = this.s.doctor.last;
      const folder = last?.target.folder;
      if (!folder || vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() !== folder.uri.toString()) return;
      const label = readFileLabel(vscode.workspace.asRelativePath(uri, false));
      if (label) this.schedule(`${label} changed`);
    } catch (err) {
      this.s.log.error(`following a file change failed: ${errorText(err)}`);
    }
  }

  private schedule(what: string): void {
    if (!this.s.doctor.last) return;
    this.pending = { seen: this.s.doctor.started, what };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.debounceMs);
  }

  private async fire(): Promise<void> {
    const p = this.pending;
    const last = this.s.doctor.last;
    this.pending = undefined;
    // A diagnosis that started after the change read the file as it is now.
    if (!p || !last || this.s.doctor.started > p.seen) return;
    try {
      if (!(await rediagnose(this.s, last.target, p.what))) this.s.log.warn(`diagnosis after "${p.what}" gave no result`);
    } catch (err) {
      this.s.log.error(`diagnosing after "${p.what}" failed: ${errorText(err)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
