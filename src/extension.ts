import * as vscode from 'vscode';
import { parseLang, setLang } from './core/i18n';
import { Shell } from './vscode/shell';
import { S } from './vscode/strings';
import type { DoctorTestApi } from './vscode/test/testApi';

export type { DoctorTestApi } from './vscode/test/testApi';

export function activate(context: vscode.ExtensionContext): Promise<DoctorTestApi | undefined> | undefined {
  try {
    // The one catalogue (src/core/i18n) speaks VS Code's display language: zh-cn, else English.
    setLang(parseLang(vscode.env.language) ?? 'en');
    const shell = new Shell(context);
    context.subscriptions.push(shell);
    return shell.start();
  } catch (err) {
    void vscode.window.showErrorMessage(S.activationFailed(err instanceof Error ? err.message : String(err)));
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
