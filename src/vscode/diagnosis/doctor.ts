import * as vscode from 'vscode';
import { diagnose, DiagnosisCache } from '../../core/diagnose';
import { mergeReports } from '../../core/findings/merge';
import type { Finding, Report } from '../../core/report/types';
import { HostMemo, prepareInput } from './prepareInput';
import type { RunTarget } from './target';

/** One diagnosis as the VS Code layer shows it. */
export interface RunResult {
  report: Report;
  target: RunTarget;
  trusted: boolean;
  skipped: string[];
  snapshot?: string;
  /** Set for "Explain Debug Error…": the pasted text the report explains (no machine was probed). */
  explained?: string;
  time: Date;
  /** Findings that came from a debug session's DAP traffic (already merged into `report`). */
  dapFindings: Finding[];
  /** Other launch configurations of the same folder diagnosed in the same run (their diagnostics are shown too). */
  siblings?: RunResult[];
}

/** How long one probe command may run in a diagnosis (and a snapshot export) before it is ended. */
export const PROBE_TIMEOUT_MS = 4000;

/**
 * Runs diagnoses (never throws: failures become a log line and a report-less result) and tells listeners
 * (diagnostics, status bar, panel) about the newest one. Probe results are cached between runs.
 */
export class Doctor implements vscode.Disposable {
  private readonly cache = new DiagnosisCache();
  private readonly hosts = new HostMemo();
  private readonly changed = new vscode.EventEmitter<RunResult>();
  readonly onDidChange = this.changed.event;
  last: RunResult | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Probes the machine for a target; the result is not published (see `publish`). */
  async run(target: RunTarget, timeoutMs = PROBE_TIMEOUT_MS): Promise<RunResult | undefined> {
    const started = Date.now();
    try {
      const prepared = prepareInput(target, timeoutMs, this.hosts);
      const report = await diagnose({ ...prepared.input, cache: this.cache });
      this.log.info(`diagnosis: ${report.verdict}, ${report.findings.length} finding(s) in ${Date.now() - started} ms`);
      const { input: _input, ...rest } = prepared;
      // What was not run comes from the probes themselves (core/probe/trust.ts), so it is exactly what was skipped.
      return { report, target, ...rest, skipped: [...rest.skipped, ...(report.skipped ?? [])], time: new Date(), dapFindings: [] };
    } catch (err) {
      this.log.error(`diagnosis failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }

  /** Adds what a debug session saw to a preflight result. */
  withDap(result: RunResult, dapFindings: Finding[]): RunResult {
    if (dapFindings.length === 0) return result;
    try {
      return { ...result, report: mergeReports(result.report, dapFindings, result.report.host), dapFindings, time: new Date() };
    } catch (err) {
      this.log.error(`merging DAP findings failed: ${String(err)}`);
      return result;
    }
  }

  publish(result: RunResult): void {
    this.last = result;
    this.changed.fire(result);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
