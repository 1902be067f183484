import * as vscode from 'vscode';
import { diagnose, DiagnosisCache } from '../../core/diagnose';
import { mergeReports } from '../../core/findings/merge';
import { diagnosisLine } from '../../core/present/diagnosisLog';
import { machineChangeNote } from '../../core/present/machineChange';
import type { Finding, Report } from '../../core/report/types';
import { HostMemo, prepareInput } from './prepareInput';
import { S } from '../strings';
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
  /** Set when it was published after a result of another machine (the report's notes say it too; see `publish`). */
  machineChange?: string;
}

/** The machine a result is of, as core/present/machineChange.ts names it: '' = this one, else the snapshot. */
const machineOf = (r: RunResult): string => r.snapshot ?? '';

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
  /** How many diagnoses have started: a change seen before a run started is covered by that run. */
  started = 0;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Probes the machine for a target; the result is not published (see `publish`). Logged at debug level. */
  async run(target: RunTarget, timeoutMs = PROBE_TIMEOUT_MS): Promise<RunResult | undefined> {
    const started = Date.now();
    this.started++;
    try {
      const prepared = prepareInput(target, timeoutMs, this.hosts);
      const report = await diagnose({ ...prepared.input, cache: this.cache });
      const name = target.config?.name;
      this.log.debug(`diagnosed${typeof name === 'string' ? ` "${name}"` : ''}: ${report.verdict}, ${report.findings.length} finding(s) in ${Date.now() - started} ms`);
      const { input: _input, ...rest } = prepared;
      // What was not run comes from the probes themselves (core/probe/trust.ts), so it is exactly what was skipped.
      const skipped = [...rest.skipped, ...(report.skipped ?? [])];
      // The machine the report is of goes with its target, to every surface that offers its fixes.
      const { replayed: _before, ...about } = target;
      const ranOn: RunTarget = rest.snapshot !== undefined ? { ...about, replayed: rest.snapshot } : about;
      return { report, target: ranOn, ...rest, skipped, time: new Date(), dapFindings: [] };
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

  /** The one log line of a diagnosis made of `results` (the first is the one shown), started by `trigger`. */
  logDiagnosis(trigger: string, results: readonly RunResult[], startedAt: number): void {
    const [main] = results;
    if (!main) return;
    const name = main.target.config?.name;
    const host = main.report.host;
    this.log.info(diagnosisLine({
      trigger,
      ...(main.snapshot !== undefined ? { snapshot: main.snapshot } : {}),
      host: { platform: host.platform, processArch: host.hardwareArch ?? host.processArch },
      verdict: main.report.verdict,
      findings: main.report.findings.length,
      ...(typeof name === 'string' ? { config: name } : {}),
      configs: results.length,
      ms: Date.now() - startedAt,
    }));
  }

  /**
   * Shows a result. One of another machine than the one shown (the replay setting changed, or VS Code stopped
   * applying it) is never shown silently (issue 19 item 1): its report says so (the machine's notes, beside the
   * snapshot's) and a warning names both. Decided here, against what was shown last, not when the run started.
   */
  publish(result: RunResult): void {
    const remote = vscode.env.remoteName;
    const note = machineChangeNote(this.last && machineOf(this.last), machineOf(result), remote);
    if (note && result.machineChange !== note) {
      result.machineChange = note;
      const first = result.report.components[0];
      if (first) first.notes = [...(first.notes ?? []), note];
      this.log.warn(note);
      // In a remote window a replay that stopped is likely the setting in the wrong place: offer where it belongs.
      const open = remote && machineOf(result) === '' ? [S.openRemoteSettings()] : [];
      void vscode.window.showWarningMessage(note, ...open).then(
        (choice) => (choice ? vscode.commands.executeCommand('workbench.action.openRemoteSettings') : undefined),
        (err: unknown) => this.log.warn(`machine change notice: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
    this.last = result;
    this.changed.fire(result);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
