import * as vscode from 'vscode';

/** The one LogOutputChannel of the extension ("Go LLDB Doctor"). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Go LLDB Doctor', { log: true });
}

/** An error as a log line: its stack when it has one. */
export function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
