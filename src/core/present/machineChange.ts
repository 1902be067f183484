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

/** What to say when `now` is not the machine of the previous diagnosis (`before`; undefined when there was none). */
export function machineChangeNote(before: MachineId | undefined, now: MachineId): string | undefined {
  if (before === undefined || before === now) return undefined;
  if (now === '') return t(MACHINE.nowLive, { before });
  if (before === '') return t(MACHINE.nowSnapshot, { now });
  return t(MACHINE.otherSnapshot, { before, now });
}
