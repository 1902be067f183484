import * as vscode from 'vscode';
import type { DoctorDiagnostics } from './diagnostics';

/** How long typing may pause before the diagnostics of the file are checked again. */
const DEBOUNCE_MS = 250;

/**
 * Keeps the diagnostics true to their files between diagnoses: after an edit of launch.json or of a settings
 * file that carries diagnostics (a quick fix, typing, undo), debounced, each diagnostic of that file is anchored
 * again on the new text, and hidden when its cause is gone (see DoctorDiagnostics.recheck). Never throws into
 * the extension host: a failure is logged and the diagnostics stay as they were.
 */
export class DiagnosticsFollower implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly diagnostics: DoctorDiagnostics,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.changed(e.document);
      }),
      // A file opened after it was changed on disk (by another program) may differ from what was anchored.
      vscode.workspace.onDidOpenTextDocument((doc) => this.changed(doc)),
    ];
  }

  private changed(doc: vscode.TextDocument): void {
    try {
      if (!this.diagnostics.follows(doc.uri)) return;
      const key = doc.uri.toString();
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => this.recheck(key, doc), this.debounceMs));
    } catch (err) {
      this.log.error(`following an edit failed: ${String(err)}`);
    }
  }

  private recheck(key: string, doc: vscode.TextDocument): void {
    this.timers.delete(key);
    try {
      // A closed document's text is stale; the file on disk is what the next diagnosis reads.
      if (!doc.isClosed) this.diagnostics.recheck(doc.uri, doc.getText());
    } catch (err) {
      this.log.error(`re-anchoring the diagnostics of ${doc.uri.toString()} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
