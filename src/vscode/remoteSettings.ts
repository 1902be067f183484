import * as vscode from 'vscode';
import { ignoredMachineSettings } from '../core/present/machineSetting';
import { SECTION } from './config';
import { errorText } from './log';
import { S } from './strings';

const MACHINE_KEYS = ['replaySnapshot', 'lldbPaths'] as const;

/**
 * Says where to put a machine-scoped setting of this extension that VS Code ignores because the window is remote
 * (it is in User settings; it belongs in Remote settings). Each time a setting becomes ignored (at start-up, or
 * after VS Code stopped applying it on a configuration change: issue 19 item 1), not again while it stays so;
 * never throws. The report of each diagnosis says it too (diagnosis/replaySetting.ts).
 */
export class MachineSettingsCheck {
  /** The settings ignored at the last check (told about then). */
  private readonly told = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  check(): void {
    try {
      const c = vscode.workspace.getConfiguration(SECTION);
      const views = MACHINE_KEYS.map((k) => ({ key: `${SECTION}.${k}`, userValue: c.inspect(k)?.globalValue, effective: c.get(k), remoteName: vscode.env.remoteName }));
      const ignored = ignoredMachineSettings(views);
      for (const k of [...this.told]) if (!ignored.some((v) => v.key === k)) this.told.delete(k);
      for (const v of ignored) {
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
