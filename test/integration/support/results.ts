import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Mocha from 'mocha';

/** One line of the results file (JSON lines), read by test/host/lib/results.mjs. */
export type ResultEvent =
  | { readonly event: 'start'; readonly total: number; readonly run: string }
  | { readonly event: 'test'; readonly title: string; readonly state: TestState; readonly ms: number; readonly error?: string }
  | { readonly event: 'end'; readonly passed: number; readonly failed: number; readonly pending: number };

export type TestState = 'passed' | 'failed' | 'pending';

/** Appends each mocha result to the harness's results file as it happens, so a hung run still shows progress. */
export class ResultsWriter {
  private passed = 0;
  private failed = 0;
  private pending = 0;

  constructor(private readonly file: string | undefined) {
    if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  }

  attach(runner: Mocha.Runner, runName: string): void {
    runner.once('start', () => this.write({ event: 'start', total: runner.total, run: runName }));
    runner.on('pass', (t) => this.test(t, 'passed'));
    runner.on('pending', (t) => this.test(t, 'pending'));
    runner.on('fail', (t, err: unknown) => this.test(t, 'failed', err));
  }

  /** Writes the closing record; `failed` also counts failures mocha reported outside any test. */
  end(failures: number): { passed: number; failed: number } {
    const failed = Math.max(failures, this.failed);
    this.write({ event: 'end', passed: this.passed, failed, pending: this.pending });
    return { passed: this.passed, failed };
  }

  private test(t: Mocha.Runnable, state: TestState, err?: unknown): void {
    if (state === 'passed') this.passed++;
    else if (state === 'failed') this.failed++;
    else this.pending++;
    const ms = t.duration ?? 0;
    const error = err === undefined ? undefined : describeError(err);
    this.write({ event: 'test', title: t.fullTitle(), state, ms, ...(error ? { error } : {}) });
  }

  private write(e: ResultEvent): void {
    if (this.file) fs.appendFileSync(this.file, `${JSON.stringify(e)}\n`);
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return (err.stack ?? `${err.name}: ${err.message}`).split('\n').slice(0, 12).join('\n');
  return String(err);
}
