import * as vscode from 'vscode';

/** The one LogOutputChannel of the extension ("Go LLDB Doctor"). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Go LLDB Doctor', { log: true });
}
