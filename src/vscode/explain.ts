import { explain } from '../core/explain';
import { REPORT_FORMAT, verdictOf, type Report } from '../core/report/types';
import type { RunResult } from './doctor';
import type { RunTarget } from './target';
import { isTrusted } from './trust';

/** What a pasted error message alone supports, as a report the panel can show (no probes run). */
export function explainToResult(text: string, target: RunTarget): RunResult {
  const findings = explain(text, { platform: process.platform });
  const report: Report = {
    format: REPORT_FORMAT,
    verdict: verdictOf(findings),
    host: { platform: process.platform, processArch: process.arch },
    components: [],
    findings,
  };
  return { report, target, trusted: isTrusted(), skipped: [], time: new Date(), dapFindings: findings };
}
