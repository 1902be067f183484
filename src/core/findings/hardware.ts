/**
 * The Mac's CPU in a finding's words, shared by the rules over the Machine model (hwName) and the text rules that
 * know the CPU only from the classifier's context or from Delve's Rosetta message (hwEvidence, unknownCpu).
 */
import { t } from '../i18n';
import { DAP_STUB } from '../i18n/messages/dap-stub';
import { PRE } from '../i18n/messages/rules-preflight';
import { EVIDENCE as EV } from '../i18n/messages/evidence';

export function hwName(arch: string | undefined): string {
  return t(arch === 'arm64' ? PRE.hwArm : arch === 'x86_64' ? PRE.hwIntel : PRE.hwUnknown);
}

/** Hardware as a sentence, for evidence (`hwSource`: given by the caller, or inferred from a Rosetta message). */
export function hwEvidence(r: { hw?: string; hwSource?: 'given' | 'inferred' }): string[] {
  if (r.hwSource === 'given') return [t(EV.hardware, { arch: String(r.hw) })];
  if (r.hwSource === 'inferred') return [t(EV.hardwareInferred)];
  return [];
}

/** Said when the text does not tell the Mac's CPU and the fix depends on it. */
export const unknownCpu = (): string => t(DAP_STUB.unknownCpu);
