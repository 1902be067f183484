/**
 * Which machine a diagnosis is of: this one, or the snapshot folder `goLldbDoctor.replaySnapshot` names. A change
 * of that between two diagnoses (the setting edited, or VS Code no longer applying it, as in a remote window after
 * a configuration change) must never pass silently (issue 19 item 1): the report says it, the extension warns.
 * Pure: the VS Code layer passes the machine of the published report and of the new one.
 */
import { t } from '../i18n';
import { MACHINE } from '../i18n/messages/machine';

/** '' for this machine, else the replayed snapshot folder. */
export type MachineId = string;

/**
 * What to say when `now` is not the machine of the previous diagnosis (`before`; undefined when there was none).
 * `remoteName` (`vscode.env.remoteName`): in a remote window a replay that stops is, as often as not, VS Code no
 * longer applying a User value of the machine-scoped setting (code-server 1.100 drops it at the first configuration
 * change, and `inspect()` no longer shows it either, so the ignored-machine-setting check cannot see it): the note
 * says where the setting belongs.
 */
export function machineChangeNote(before: MachineId | undefined, now: MachineId, remoteName?: string): string | undefined {
  if (before === undefined || before === now) return undefined;
  if (now === '') return [t(MACHINE.nowLive, { before }), ...(remoteName ? [t(MACHINE.remoteHint, { remote: remoteName })] : [])].join(' ');
  if (before === '') return t(MACHINE.nowSnapshot, { now });
  return t(MACHINE.otherSnapshot, { before, now });
}
