import * as vscode from 'vscode';
import { ignoredMachineSettings } from '../core/present/machineSetting';
import { SECTION } from './config';
import { errorText } from './log';
import { S } from './strings';

const MACHINE_KEYS = ['replaySnapshot', 'lldbPaths'] as const;

/**
 * Says where to put a machine-scoped setting of this extension that VS Code ignores because the window is remote
 * (it is in User settings; it belongs in Remote settings). Once per activation and per setting; never throws.
 */
export class MachineSettingsCheck {
  private readonly told = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  check(): void {
    try {
      const c = vscode.workspace.getConfiguration(SECTION);
      const views = MACHINE_KEYS.map((k) => ({ key: `${SECTION}.${k}`, userValue: c.inspect(k)?.globalValue, effective: c.get(k), remoteName: vscode.env.remoteName }));
      for (const v of ignoredMachineSettings(views)) {
        if (this.told.has(v.key)) continue;
        this.told.add(v.key);
        const text = S.remoteSettingIgnored(v.key, v.remoteName ?? '');
        this.log.warn(text);
        void vscode.window.showWarningMessage(text, S.openRemoteSettings()).then(
          (choice) => (choice ? vscode.commands.executeCommand('workbench.action.openRemoteSettings') : undefined),
          (err: unknown) => this.log.warn(`remote settings notice: ${errorText(err)}`),
        );
      }
    } catch (err) {
      this.log.warn(`checking machine settings failed: ${errorText(err)}`);
    }
  }
}
