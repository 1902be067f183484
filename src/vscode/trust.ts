import * as vscode from 'vscode';

/**
 * Whether the workspace is trusted. When it is not, the probes run no binary whose path a workspace value decided
 * (core/probe/trust.ts), and the report's `skipped` lists exactly the commands not run.
 */
export function isTrusted(): boolean {
  return vscode.workspace.isTrusted;
}
