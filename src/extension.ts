import * as vscode from 'vscode';
import { DoctorContext } from './vscode/context';

let ctx: DoctorContext | undefined;

export function activate(context: vscode.ExtensionContext): void {
  try {
    ctx = new DoctorContext(context);
    context.subscriptions.push(ctx);
    ctx.start();
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Go LLDB Doctor could not start: {0}', String(err)));
  }
}

export function deactivate(): void {
  ctx = undefined;
}
