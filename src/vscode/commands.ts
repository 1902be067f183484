import * as vscode from 'vscode';
import type { DoctorContext } from './context';

export function registerCommands(ctx: DoctorContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('goLldbDoctor.diagnose', async () => {
      ctx.log.info('diagnose: requested');
      return { ran: true };
    }),
  ];
}
