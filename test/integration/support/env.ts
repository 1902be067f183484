import * as path from 'node:path';

/** What the harness (test/host/run.mjs) tells the suite through the extension host's environment. */
export interface SuiteEnv {
  /** JSON-lines file the suite appends its progress and results to; undefined when run by hand. */
  readonly resultsFile: string | undefined;
  /** The harness's run: its name, whether the workspace is trusted, which fixture workspace is open. */
  readonly run: RunInfo;
  readonly grep: string | undefined;
  readonly invertGrep: boolean;
  /** Per-test timeout in milliseconds. */
  readonly timeoutMs: number;
  /** The host's user data dir (logs live under `<dir>/logs`); undefined when unknown. */
  readonly userDataDir: string | undefined;
}

export interface RunInfo {
  readonly name: string;
  readonly trusted: boolean;
  readonly workspace: string;
}

export const ENV_PREFIX = 'GLD_TEST_';

/** The repository root: compiled suite files live in `<root>/out/test/integration/**`. */
export const repoRoot = path.resolve(__dirname, '../../../..');

export function readSuiteEnv(env: NodeJS.ProcessEnv = process.env): SuiteEnv {
  const timeout = Number(env[`${ENV_PREFIX}TIMEOUT_MS`]);
  return {
    resultsFile: nonEmpty(env[`${ENV_PREFIX}RESULTS`]),
    run: parseRun(env[`${ENV_PREFIX}RUN`]),
    grep: nonEmpty(env[`${ENV_PREFIX}GREP`]),
    invertGrep: env[`${ENV_PREFIX}GREP_INVERT`] === '1',
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 60_000,
    userDataDir: nonEmpty(env[`${ENV_PREFIX}USER_DATA_DIR`]),
  };
}

function parseRun(raw: string | undefined): RunInfo {
  const fallback: RunInfo = { name: 'manual', trusted: true, workspace: 'hello' };
  if (!raw) return fallback;
  const v = JSON.parse(raw) as Partial<RunInfo>;
  return {
    name: typeof v.name === 'string' ? v.name : fallback.name,
    trusted: typeof v.trusted === 'boolean' ? v.trusted : fallback.trusted,
    workspace: typeof v.workspace === 'string' ? v.workspace : fallback.workspace,
  };
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : s;
}

/**
 * A value the harness passes. Run by hand it may be unknown, and the test is skipped; in CI (`CI=true`) or under
 * the harness the test fails instead, so that a missing value cannot turn a check into a silent skip.
 */
export function fromHarness<T>(ctx: Mocha.Context, value: T | undefined, what: string): T {
  if (value !== undefined) return value;
  if (process.env.CI === 'true' || readSuiteEnv().resultsFile) throw new Error(`${what} is unknown: the harness did not pass it`);
  return ctx.skip();
}
