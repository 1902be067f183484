/**
 * The one log line of a diagnosis (issue 19 item 16): what started it, which machine it is of, its verdict and how
 * long it took, written once per diagnosis, after its result (not one line per configuration before it).
 */
import type { Verdict } from '../report/types';

export interface DiagnosisLogEntry {
  /** What started it: "Diagnose command", "fix", "launch.json changed", "debug start" … */
  trigger: string;
  /** The replayed snapshot folder, or undefined for this machine. */
  snapshot?: string;
  /** The machine as the report describes it. */
  host?: { platform: string; processArch: string };
  verdict: Verdict;
  findings: number;
  /** The configuration shown, and how many configurations were diagnosed in the same run. */
  config?: string;
  configs: number;
  ms: number;
}

export function diagnosisLine(e: DiagnosisLogEntry): string {
  const host = e.host ? ` (${e.host.platform}/${e.host.processArch})` : '';
  const machine = e.snapshot !== undefined ? `snapshot ${JSON.stringify(e.snapshot)}${host}` : `this machine${host}`;
  const config = e.config !== undefined ? ` "${e.config}"` : '';
  const others = e.configs > 1 ? ` (+${e.configs - 1} other configuration${e.configs > 2 ? 's' : ''})` : '';
  return `diagnosis [${e.trigger}] of ${machine}: ${e.verdict}, ${e.findings} finding(s)${config}${others} in ${e.ms} ms`;
}
