import * as vscode from 'vscode';
import { ignoredMachineSettings } from '../../core/present/machineSetting';
import { readConfig, SECTION } from '../config';
import { S } from '../strings';

/** The snapshot a diagnosis replays ('' = this machine), and the notice when VS Code ignores the setting here. */
export interface ReplaySetting {
  path: string;
  /** Said in the report of every diagnosis while it holds (the ignored-machine-setting notice). */
  ignoredNotice?: string;
}

/**
 * The one reading of `goLldbDoctor.replaySnapshot` for a diagnosis, the same every time (issue 19 item 1): the value
 * VS Code applies in this window (or the test override, config.ts), and whether a User value is ignored because the
 * window is remote (core/present/machineSetting.ts decides, as for the start-up notice).
 */
export function readReplaySetting(scope?: vscode.ConfigurationScope): ReplaySetting {
  const path = readConfig(scope).replaySnapshot;
  const userValue = vscode.workspace.getConfiguration(SECTION, scope).inspect<string>('replaySnapshot')?.globalValue;
  const [ignored] = ignoredMachineSettings([{ key: `${SECTION}.replaySnapshot`, userValue, effective: path, remoteName: vscode.env.remoteName }]);
  return { path, ...(ignored ? { ignoredNotice: S.remoteSettingIgnored(ignored.key, ignored.remoteName ?? '') } : {}) };
}
