import { explainReport } from '../../core/explain';
import type { RunResult } from '../diagnosis/doctor';
import type { RunTarget } from '../diagnosis/target';
import { isTrusted } from '../trust';

/** How much of the pasted text the panel quotes back. */
const EXPLAINED_MAX = 4000;

/**
 * What a pasted error message (or DAP transcript) alone supports, as a report the panel can show; no probes run.
 * The hardware is the newest diagnosis's when known (a Mac's `for x86_64.` banner means Rosetta only on arm64).
 */
export function explainToResult(text: string, target: RunTarget, hardwareArch?: string, platform?: string): RunResult {
  const report = explainReport(text, { ...(hardwareArch ? { hardwareArch } : {}), ...(platform ? { platform } : {}) });
  return { report, target, trusted: isTrusted(), skipped: [], time: new Date(), dapFindings: report.findings, explained: text.slice(0, EXPLAINED_MAX) };
}
