import * as vscode from 'vscode';
import { LaunchNotices } from '../../core/present/launchNotice';
import { failingCause, problemCount, problemCountText } from '../../core/present/problemCount';
import { readConfig } from '../config';
import type { Doctor, RunResult } from '../diagnosis/doctor';
import { errorText } from '../log';
import { S } from '../strings';
import { resolveTarget, targetKey, type RunTarget } from '../diagnosis/target';

export interface Pending {
  key: string;
  folderKey: string;
  started: number;
  /** The launched configuration found in launch.json (quick: one file read). */
  target: Promise<RunTarget>;
  result: Promise<RunResult | undefined>;
}

const STALE_MS = 60_000;
/** How long a blocking preflight (blockOnError) may take before the launch goes ahead anyway. */
const BLOCKING_WAIT_MS = 8000;

export function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

/**
 * Starts the probes as early as VS Code allows (resolveDebugConfiguration runs before variable substitution,
 * preLaunchTask and the tracker) so that the tracker, which VS Code waits for at most 1000 ms together with all
 * other trackers, only has to wait a short budget for a result that is usually already there.
 */
export class Preflight implements vscode.DebugConfigurationProvider {
  private readonly pending: Pending[] = [];
  private readonly notices = new LaunchNotices();

  constructor(
    private readonly doctor: Doctor,
    private readonly log: vscode.LogOutputChannel,
    private readonly showReport: () => Promise<void>,
  ) {}

  resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration {
    // Never in the way of the launch: a failure to start the preflight is logged and the launch goes ahead.
    try {
      if (readConfig(folder?.uri).preflightEnabled) this.start(folder, config);
    } catch (err) {
      this.log.error(`preflight could not start: ${errorText(err)}`);
    }
    return config;
  }

  async resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    const cfg = readConfig(folder?.uri);
    if (!cfg.preflightEnabled || !cfg.blockOnError) return config;
    try {
      const result = await this.await(folder, config.name, BLOCKING_WAIT_MS);
      if (result?.report.verdict !== 'error') return config;
      // The same words as the notification (announce) and the same count as Problems: one per root cause.
      const findings = result.report.findings;
      const cause = failingCause(findings);
      const choice = await vscode.window.showErrorMessage(
        S.launchWillFail(cause?.title ?? ''),
        { modal: true, detail: S.preflightModalDetail(problemCountText(problemCount(findings))) },
        S.showReport(),
        S.debugAnyway(),
      );
      if (choice === S.debugAnyway()) return config;
      if (choice === S.showReport()) await this.showReport();
      this.log.info(`preflight: launch of "${String(config.name)}" cancelled (${choice ?? 'Cancel'})`);
      return undefined;
    } catch (err) {
      this.log.error(`preflight (blocking) failed: ${String(err)}`);
      return config;
    }
  }

  /** Starts (or reuses) the diagnosis of a configuration; its result is published when it is ready. */
  start(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Pending {
    this.prune();
    const key = targetKey(folder, config.name);
    const started = Date.now();
    // Neither promise rejects: the tracker, the blocking check and the report all wait on them, maybe nobody does.
    const target = resolveTarget(folder, config).catch((err: unknown): RunTarget => {
      this.log.error(`preflight: reading launch.json failed: ${errorText(err)}`);
      return { folder, config: { ...config } };
    });
    const result = (async () => {
      try {
        const r = await this.doctor.run(await target);
        if (r) {
          this.doctor.logDiagnosis(`preflight of "${String(config.name)}"`, [r], started);
          this.doctor.publish(r);
          this.announce(key, r, folder);
        }
        return r;
      } catch (err) {
        this.log.error(`preflight failed: ${errorText(err)}`);
        return undefined;
      }
    })();
    const p: Pending = { key, folderKey: targetKey(folder, undefined), started, target, result };
    this.pending.push(p);
    return p;
  }

  /**
   * With `blockOnError: false` the launch goes ahead: a non-modal notification says it will fail and why, once
   * per configuration until its verdict changes (LaunchNotices). Not awaited: nothing waits for the user.
   */
  private announce(key: string, r: RunResult, folder: vscode.WorkspaceFolder | undefined): void {
    if (readConfig(folder?.uri).blockOnError || !this.notices.shouldNotify(key, r.report)) return;
    const cause = failingCause(r.report.findings);
    if (!cause) return;
    this.log.info(`preflight: announced "${cause.code}" for ${key}`);
    void vscode.window.showErrorMessage(S.launchWillFail(cause.title), S.showReport()).then(
      (choice) => (choice === S.showReport() ? this.showReport() : undefined),
      (err: unknown) => this.log.warn(`preflight notification: ${errorText(err)}`),
    );
  }

  /**
   * The preflight of a session within `budgetMs`: the result, or undefined when it is not ready (it goes on in
   * the background and is still published). Starts one when resolveDebugConfiguration did not.
   */
  async await(folder: vscode.WorkspaceFolder | undefined, name: unknown, budgetMs: number): Promise<RunResult | undefined> {
    return Promise.race([this.pendingFor(folder, name).result, delay(budgetMs, undefined)]);
  }

  /** The pending preflight of a session, started now if resolveDebugConfiguration did not start one. */
  pendingFor(folder: vscode.WorkspaceFolder | undefined, name: unknown): Pending {
    return this.find(folder, name) ?? this.start(folder, { type: 'go', request: 'launch', name: String(name ?? '') });
  }

  /** The pending preflight of a session, by folder and name, else the newest of the same folder. */
  find(folder: vscode.WorkspaceFolder | undefined, name: unknown): Pending | undefined {
    const key = targetKey(folder, name);
    const folderKey = targetKey(folder, undefined);
    const newest = [...this.pending].reverse();
    return newest.find((p) => p.key === key) ?? newest.find((p) => p.folderKey === folderKey);
  }

  private prune(): void {
    const now = Date.now();
    for (let i = this.pending.length - 1; i >= 0; i--) {
      if (now - (this.pending[i]?.started ?? 0) > STALE_MS) this.pending.splice(i, 1);
    }
  }
}
