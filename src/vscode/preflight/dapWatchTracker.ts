import * as vscode from 'vscode';
import { DapWatch, type ClassifyContext } from '../../core/dap';
import { classifyHost } from '../../core/platforms';
import { liveProcess } from '../../core/host/live';
import type { Finding } from '../../core/report/types';
import { readConfig } from '../config';
import type { Doctor, RunResult } from '../diagnosis/doctor';
import { EventLoopWatch } from './eventLoopWatch';
import { errorText } from '../log';
import { delay, type Preflight } from './preflight';
import { S } from '../strings';
import { SELFTEST_COMMAND } from '../selftestId';
import { resolveTarget, type RunTarget } from '../diagnosis/target';


type Msg = { type?: string; command?: string; event?: string; success?: boolean };

/**
 * The tracker of each `go` session: waits a short budget for the preflight (VS Code drops trackers that take
 * more than 1000 ms in total), then reads dlv's DAP traffic, classifies failures with core/dap and publishes
 * them merged with the preflight into one report. DAP traffic is logged at trace level.
 */
export class DapWatchTrackerFactory implements vscode.DebugAdapterTrackerFactory {
  constructor(
    private readonly doctor: Doctor,
    private readonly preflight: Preflight,
    private readonly log: vscode.LogOutputChannel,
    private readonly showReport: () => Promise<void>,
  ) {}

  /** Never rejects: a failure is logged and the session runs without a watch (VS Code would drop it anyway). */
  async createDebugAdapterTracker(session: vscode.DebugSession): Promise<vscode.DebugAdapterTracker> {
    try {
      return await this.createTracker(session);
    } catch (err) {
      this.log.error(`tracker for "${session.name}" failed: ${errorText(err)}`);
      return {};
    }
  }

  private async createTracker(session: vscode.DebugSession): Promise<vscode.DebugAdapterTracker> {
    const t0 = Date.now();
    const cfg = readConfig(session.workspaceFolder?.uri);
    const left = () => Math.max(0, cfg.budgetMs - (Date.now() - t0));
    let target: RunTarget | undefined;
    let ready: RunResult | undefined;
    try {
      if (cfg.preflightEnabled) {
        const p = this.preflight.pendingFor(session.workspaceFolder, session.configuration.name);
        target = await Promise.race([p.target, delay(left(), undefined)]);
        ready = await Promise.race([p.result, delay(left(), undefined)]);
      } else {
        target = await Promise.race([resolveTarget(session.workspaceFolder, session.configuration), delay(left(), undefined)]);
      }
    } catch (err) {
      this.log.error(`tracker: preflight wait failed: ${String(err)}`);
    }
    this.log.info(`tracker for "${session.name}": preflight ${ready ? `ready (${ready.report.verdict})` : 'continues in the background'} after ${Date.now() - t0} ms`);
    // Off a Mac there is no Rosetta: the process's arch is the hardware's (platforms.ts says which platform is which).
    const live = liveProcess();
    const guess = classifyHost(live.platform, live.arch);
    const hardwareArch = ready?.report.host.hardwareArch ?? guess.hardwareArch;
    return new SessionWatch(session, this, {
      // The machine the report describes (a replayed Mac's snapshot too), else this one.
      platform: ready?.report.host.platform ?? live.platform,
      ...(hardwareArch ? { hardwareArch } : {}),
      ...(target?.configIndex !== undefined ? { launchIndex: target.configIndex } : {}),
    }).tracker();
  }

  /** The preflight of the session (waiting for it now that the session runs), or a fresh diagnosis. */
  async baseResult(session: vscode.DebugSession): Promise<RunResult | undefined> {
    const pending = this.preflight.find(session.workspaceFolder, session.configuration.name);
    const fromPreflight = pending ? await pending.result : undefined;
    if (fromPreflight) return fromPreflight;
    const startedAt = Date.now();
    const r = await this.doctor.run(await resolveTarget(session.workspaceFolder, session.configuration));
    if (r) this.doctor.logDiagnosis(`debug session "${session.name}"`, [r], startedAt);
    return r;
  }

  /** Delve launched the program: the session's own preflight is the current report (it clears older failures). */
  async launched(session: vscode.DebugSession): Promise<void> {
    const pending = this.preflight.find(session.workspaceFolder, session.configuration.name);
    const base = pending ? await pending.result : undefined;
    if (base && this.doctor.last !== base) this.doctor.publish(base);
  }

  /**
   * The failure merged into the session's report. Delve's text is read again for the machine that report
   * describes: a preflight that finished after the failure (a slow probe) may describe another platform than the
   * one guessed when the session started (a replayed Mac on Linux: `stub exited` is debugserver's, not lldb-server's).
   */
  async report(session: vscode.DebugSession, watch: DapWatch, ctx: ClassifyContext): Promise<void> {
    const base = await this.baseResult(session);
    if (!base) return;
    const host = base.report.host;
    const findings = watch.findingsFor({ ...ctx, platform: host.platform, ...(host.hardwareArch ? { hardwareArch: host.hardwareArch } : {}) });
    const merged = this.doctor.withDap(base, findings);
    this.doctor.publish(merged);
    const first = merged.report.findings.find((f) => f.severity === 'error');
    if (!first) return;
    // The self-test is offered when the preflight did not foresee the failure, and on `connection timeout`, whose
    // cause no text says (research/field-2026.md §1.6): running the chain shows where it breaks.
    const unexplained = !base.report.findings.some((f) => f.severity === 'error') || findings.some((f) => f.evidence.some((e) => /connection timeout/i.test(e)));
    const test = S.selftestOffer();
    const choice = await vscode.window.showErrorMessage(S.launchFailed(first.title), S.showReport(), S.showLog(), ...(unexplained ? [test] : []));
    if (choice === S.showReport()) await this.showReport();
    if (choice === S.showLog()) this.log.show();
    if (choice === test) await vscode.commands.executeCommand(SELFTEST_COMMAND);
  }

  trace(line: string): void {
    this.log.trace(line);
  }

  error(line: string): void {
    this.log.error(line);
  }

  warn(line: string): void {
    this.log.warn(line);
  }
}

/** One session: feeds the DapWatch and reports once, when the launch failed or the adapter died. */
class SessionWatch {
  private readonly watch: DapWatch;
  private reported = false;
  /** Delve launched the program (or the session ended normally): later adapter errors are not start failures. */
  private settled = false;
  private timer: NodeJS.Timeout | undefined;
  /** Event-loop stalls from the first request (vscode-go starts and connects to dlv on `initialize`) to the first answer. */
  private readonly loop = new EventLoopWatch();

  constructor(
    private readonly session: vscode.DebugSession,
    private readonly owner: DapWatchTrackerFactory,
    private readonly ctx: ClassifyContext,
  ) {
    this.watch = new DapWatch(ctx);
  }

  tracker(): vscode.DebugAdapterTracker {
    return {
      onWillReceiveMessage: (m: unknown) => this.safe(() => {
        this.owner.trace(`→ dlv ${JSON.stringify(m)}`);
        if ((m as Msg).command === 'initialize') this.loop.arm();
        this.watch.onWillReceiveMessage(m as never);
      }),
      onDidSendMessage: (m: unknown) => this.safe(() => {
        this.owner.trace(`← dlv ${JSON.stringify(m)}`);
        const msg = m as Msg;
        this.noteStall(msg);
        const terminated = msg.type === 'event' && msg.event === 'terminated';
        this.found(this.watch.onDidSendMessage(m as never), terminated);
        if (msg.type === 'response' && msg.success && (msg.command === 'launch' || msg.command === 'attach')) {
          this.settled = true;
          this.owner.launched(this.session).catch((err: unknown) => this.owner.error(`publish failed: ${String(err)}`));
        }
        if (terminated && this.watch.findings().length === 0) this.settled = true;
      }),
      onError: (e: Error) => this.safe(() => {
        this.owner.warn(`debug adapter error: ${e.message}`);
        if (!this.settled) this.found(this.watch.onError(e), true);
      }),
      onExit: (code: number | undefined, signal: string | undefined) => this.safe(() => {
        this.owner.trace(`debug adapter exited: code ${code ?? '-'} signal ${signal ?? '-'}`);
        this.loop.disarm();
        if (!this.settled) this.found(this.watch.onExit(code, signal), true);
      }),
    };
  }

  /** Hands the stall measured so far to the watch; the first response ends the measurement (dlv answered, or did not). */
  private noteStall(msg: Msg): void {
    if (!this.loop.armed) return;
    const stall = this.loop.stallMs();
    if (stall !== undefined) this.watch.noteEventLoopStall(stall);
    if (msg.type === 'response') {
      this.owner.trace(`extension host event-loop stall around the dlv start: ${stall === undefined ? '-' : Math.round(stall)} ms`);
      this.loop.disarm();
    }
  }

  /** New findings wait briefly for related output (debugserver's banner follows the failure) before one report. */
  private found(findings: Finding[], final: boolean): void {
    if (this.reported || (findings.length === 0 && !final)) return;
    if (findings.length === 0 && this.watch.findings().length === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), final ? 50 : 400);
  }

  /** Runs from a timer: nothing may escape it (an exception there would reach the extension host). */
  private flush(): void {
    if (this.reported) return;
    this.reported = true;
    this.safe(() => {
      this.owner.report(this.session, this.watch, this.ctx).catch((err: unknown) => this.owner.error(`report failed: ${errorText(err)}`));
    });
  }

  private safe(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.owner.error(`tracker: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
