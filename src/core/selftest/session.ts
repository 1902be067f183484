/**
 * The run of the stages: each one timed, with the output dlv printed and the DAP said meanwhile, within its own
 * budget and what is left of the total. The first stage that fails ends the run. Every message of the session
 * (and dlv's output, which vscode-go forwards to the Debug Console as output events) goes through a DapWatch, the
 * classifier of the DAP tracker, so that a failure gives the finding F5 would give.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DapWatch } from '../dap/watch';
import type { ClassifyContext } from '../dap/context';
import type { SpawnedProcess, SpawnExit } from '../io/run';
import { t } from '../i18n';
import { SELFTEST } from '../i18n/messages/selftest';
import type { DapClient } from './dapClient';
import type { StageName, StageResult } from './types';

/** Per-stage budgets: the launch builds (6 s cold here, more under emulation), so it gets what is left. */
const STAGE_MS: Readonly<Record<StageName, number>> = {
  spawn: 10_000, listen: 20_000, connect: 5_000, initialize: 10_000, launch: Infinity, breakpoint: 10_000,
  stopped: 20_000, variables: 10_000, disconnect: 3_000,
};

const MAX_STAGE_OUTPUT = 8 * 1024;

export type StageOutcome = { ok: true; note?: string } | { ok: false; reason: string };

export interface StageEvents {
  /** A stage starts (`result` absent) or ended. */
  onStage?: (name: StageName, result?: StageResult) => void;
}

export class Session {
  readonly stages: StageResult[] = [];
  readonly watch: DapWatch;
  proc?: SpawnedProcess;
  client?: DapClient;
  private output = '';
  private readonly end: number;
  private exit?: SpawnExit;

  constructor(readonly totalMs: number, classify: ClassifyContext, private readonly events: StageEvents = {}) {
    this.watch = new DapWatch(classify);
    this.end = Date.now() + totalMs;
  }

  /** dlv printed something: kept for the stage, and read by the watch as vscode-go's output event. */
  dlvOutput(stream: 'stdout' | 'stderr', text: string): void {
    this.keep(text);
    this.watch.onDidSendMessage({ type: 'event', seq: 0, event: 'output', body: { category: stream, output: text } });
  }

  /** A DAP message: its output events are kept for the stage; every message goes to the watch. */
  dapMessage(m: DebugProtocol.ProtocolMessage, dir: 'in' | 'out'): void {
    if (dir === 'out') return this.watch.onWillReceiveMessage(m);
    const e = m as DebugProtocol.OutputEvent;
    if (m.type === 'event' && e.event === 'output' && typeof e.body?.output === 'string') this.keep(e.body.output);
    this.watch.onDidSendMessage(m);
  }

  dlvExited(exit: SpawnExit): void {
    this.exit ??= exit;
    if (exit.exitCode !== undefined || exit.signal) this.watch.onExit(exit.exitCode, exit.signal);
  }

  private keep(text: string): void {
    this.output = (this.output + text).slice(-MAX_STAGE_OUTPUT);
  }

  /** Runs one stage; false when it failed (the run ends). */
  async stage(name: StageName, body: (budgetMs: number) => Promise<StageOutcome>, opts: { dlvMayExit?: boolean } = {}): Promise<boolean> {
    this.output = '';
    this.events.onStage?.(name);
    const start = Date.now();
    const budget = Math.max(0, Math.min(STAGE_MS[name], this.end - start));
    const outcome = budget === 0 ? { ok: false as const, reason: t(SELFTEST.budget, { ms: this.totalMs }) } : await this.race(body(budget), opts.dlvMayExit);
    const line = outcome.ok ? outcome.note : outcome.reason;
    const output = [this.output.trimEnd(), line].filter(Boolean).join('\n');
    const result: StageResult = { name, ok: outcome.ok, ms: Date.now() - start, ...(output ? { output } : {}) };
    this.stages.push(result);
    this.events.onStage?.(name, result);
    return outcome.ok;
  }

  /** The stage's body, or dlv's end when it comes first (a crash during a request would otherwise wait for the timeout). */
  private async race(body: Promise<StageOutcome>, dlvMayExit?: boolean): Promise<StageOutcome> {
    if (!this.proc || dlvMayExit) return body;
    const exited = this.proc.exited.then(async (e): Promise<StageOutcome> => {
      // What the DAP still had in flight (the failed launch response) is read before the exit is reported.
      await new Promise((res) => setTimeout(res, 50));
      return { ok: false, reason: t(SELFTEST.exited, { how: howEnded(e) }) };
    });
    return Promise.race([body, exited]);
  }
}

export function howEnded(e: SpawnExit): string {
  if (e.error) return e.error;
  if (e.signal) return `signal ${e.signal}`;
  return `exit code ${e.exitCode ?? '?'}`;
}
