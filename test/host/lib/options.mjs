// Command line and environment of test/host/run.mjs: which host, which runs, budgets. See test/host/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not import.meta.dirname (Node 20.11; package.json allows 20.9).
export const hostDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(hostDir, '../..');

const USAGE = `usage: node test/host/run.mjs [--host=code-server|electron] [--runs=a,b] [--workspace=NAME]
  [--trust=on|off] [--grep=PATTERN] [--invert] [--budget=SECONDS] [--test-timeout=MS] [--keep]
  [--e2e=on|off|only] [--vscode=oldest,newest] [--help]`;

/**
 * @typedef {{ name: string, workspace: string, trust: boolean, grep?: string, invert?: boolean,
 *   settings?: Record<string, unknown>, vscode?: 'oldest' | 'newest' }} RunSpec  vscode: the code-server host
 * @typedef {{ host: 'code-server' | 'electron', runs: RunSpec[], budgetMs: number, testTimeoutMs: number,
 *   keep: boolean, chromium: string, e2e: 'on' | 'off' | 'only', grep?: string,
 *   vscode: ('oldest' | 'newest')[] }} Options  vscode: the code-server hosts the in-host runs repeat on
 */

/** @returns {Options} */
export function readOptions(argv = process.argv.slice(2), env = process.env) {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' }, runs: { type: 'string' }, workspace: { type: 'string' }, trust: { type: 'string' },
      grep: { type: 'string' }, invert: { type: 'boolean' }, budget: { type: 'string' },
      'test-timeout': { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean' }, e2e: { type: 'string' },
      vscode: { type: 'string' },
    },
  });
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // Off Linux the offline host cannot be installed: the desktop VS Code that @vscode/test-electron downloads.
  const host = v.host ?? env.VSCODE_TEST_HOST ?? (process.platform === 'linux' ? 'code-server' : 'electron');
  if (host !== 'code-server' && host !== 'electron') throw new Error(`unknown host "${host}"\n${USAGE}`);
  const runs = selectRuns(v.runs ?? env.GLD_TEST_RUNS).map((r) => ({
    ...r,
    ...(v.workspace ? { workspace: v.workspace } : {}),
    ...(v.trust ? { trust: parseTrust(v.trust), name: `${r.name}-trust-${parseTrust(v.trust) ? 'on' : 'off'}` } : {}),
    ...(v.grep ?? env.GLD_TEST_GREP ? { grep: v.grep ?? env.GLD_TEST_GREP } : {}),
    ...(v.invert ? { invert: true } : {}),
  }));
  const e2e = v.e2e ?? env.GLD_TEST_E2E ?? (host === 'code-server' ? 'on' : 'off');
  if (!['on', 'off', 'only'].includes(e2e)) throw new Error(`--e2e must be on, off or only, not "${e2e}"\n${USAGE}`);
  if (e2e !== 'off' && host !== 'code-server') throw new Error('the e2e suite runs on the code-server host only');
  const vscode = (v.vscode ?? env.GLD_TEST_VSCODE ?? 'oldest,newest').split(',');
  if (!vscode.every((x) => x === 'oldest' || x === 'newest')) throw new Error(`--vscode takes oldest,newest, not "${vscode}"\n${USAGE}`);
  return {
    host,
    vscode: /** @type {('oldest' | 'newest')[]} */ (vscode),
    runs: e2e === 'only' ? [] : runs,
    e2e: /** @type {'on' | 'off' | 'only'} */ (e2e),
    ...(v.grep ?? env.GLD_TEST_GREP ? { grep: v.grep ?? env.GLD_TEST_GREP } : {}),
    budgetMs: seconds(v.budget ?? env.GLD_TEST_BUDGET_S, 600) * 1000,
    testTimeoutMs: Number(v['test-timeout'] ?? env.GLD_TEST_TIMEOUT_MS ?? 60_000),
    keep: Boolean(v.keep) || env.GLD_TEST_KEEP === '1',
    chromium: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

/** The runs of runs.json, all of them or those named in `names` (comma-separated), in the order given. */
function selectRuns(names) {
  /** @type {{ runs: RunSpec[] }} */
  const file = JSON.parse(readFileSync(path.join(hostDir, 'runs.json'), 'utf8'));
  if (!names) return file.runs;
  return names.split(',').map((name) => {
    const run = file.runs.find((r) => r.name === name);
    if (!run) throw new Error(`no run "${name}" in test/host/runs.json (known: ${file.runs.map((r) => r.name).join(', ')})`);
    return run;
  });
}

function parseTrust(s) {
  if (s === 'on' || s === 'true') return true;
  if (s === 'off' || s === 'false') return false;
  throw new Error(`--trust must be on or off, not "${s}"`);
}

function seconds(s, fallback) {
  const n = Number(s);
  return s !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}
