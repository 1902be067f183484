import * as vscode from 'vscode';
import type { DoctorContext } from './context';

/** Logs each `go` debug session and its DAP traffic (trace level). Preflight and classification come later. */
export function registerTracker(ctx: DoctorContext): vscode.Disposable {
  return vscode.debug.registerDebugAdapterTrackerFactory('go', {
    createDebugAdapterTracker(session) {
      ctx.log.info(`debug session started: ${session.name} (${session.id})`);
      return {
        onWillReceiveMessage: (m: unknown) => ctx.log.trace(`→ dlv ${JSON.stringify(m)}`),
        onDidSendMessage: (m: unknown) => ctx.log.trace(`← dlv ${JSON.stringify(m)}`),
        onError: (e: Error) => ctx.log.warn(`debug adapter error: ${e.message}`),
        onExit: (code: number | undefined, signal: string | undefined) =>
          ctx.log.info(`debug adapter exited: code ${code ?? '-'} signal ${signal ?? '-'}`),
      };
    },
  });
}
