#!/usr/bin/env node
// The UI end-to-end suite: mocha files test/e2e/*.e2e.mjs and test/package/*.test.mjs, each driving a real VS Code
// web workbench (code-server + headless Chromium, test/host/lib) as a user would. Closes with `N passed, N failed`;
// exits non-zero on a failure. `node test/host/run.mjs` runs it after the in-host runs (runE2E below).
// Options: --grep=RE (test titles), GLD_TEST_KEEP=1 (keep run folders), CHROMIUM_PATH.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { repoRoot } from '../host/lib/options.mjs';
import { killAllGroups } from '../host/lib/processes.mjs';
import { artifacts } from './lib/session.mjs';

const DIRS = [
  { dir: 'test/e2e', suffix: '.e2e.mjs' },
  { dir: 'test/package', suffix: '.test.mjs' },
];

/** Every suite file, sorted; each describe block starts its own workbench, so order does not matter. */
export function suiteFiles() {
  return DIRS.flatMap(({ dir, suffix }) =>
    (existsSync(path.join(repoRoot, dir)) ? readdirSync(path.join(repoRoot, dir)) : []).filter((n) => n.endsWith(suffix)).sort().map((n) => path.join(repoRoot, dir, n)),
  );
}

/**
 * Runs the suite in this process and prints one line per test.
 * @param {{ print?: (line: string) => void, grep?: string, timeoutMs?: number }} o
 * @returns {Promise<{ passed: number, failed: number, pending: number }>}
 */
export async function runE2E({ print = (l) => console.log(l), grep, timeoutMs = 180_000 } = {}) {
  rmSync(artifacts, { recursive: true, force: true }); // screenshots of this run only
  const mocha = new Mocha({ ui: 'bdd', timeout: timeoutMs, reporter: class {} });
  if (grep) mocha.grep(grep);
  for (const f of suiteFiles()) mocha.addFile(pathToFileURL(f).pathname);
  await mocha.loadFilesAsync();
  const tally = { passed: 0, failed: 0, pending: 0 };
  const started = Date.now();
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(undefined));
    runner.on('pass', (t) => {
      tally.passed++;
      print(`  ✓ ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('fail', (t, err) => {
      tally.failed++;
      print(`  ✗ ${t.fullTitle()}`);
      print(String(err?.stack ?? err).split('\n').slice(0, 12).join('\n').replace(/^/gm, '      '));
    });
    runner.on('pending', (t) => {
      tally.pending++;
      print(`  - ${t.fullTitle()}`);
    });
  });
  print(`e2e: ${tally.passed + tally.failed} test(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return tally;
}

async function main() {
  const { values } = parseArgs({ options: { grep: { type: 'string' } } });
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      await killAllGroups();
      process.exit(130);
    });
  }
  const t = await runE2E({ grep: values.grep ?? process.env.GLD_TEST_GREP });
  console.log(`${t.passed} passed, ${t.failed} failed${t.pending ? `, ${t.pending} skipped` : ''}`);
  return t.failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    async (code) => {
      await killAllGroups();
      process.exit(code);
    },
    async (err) => {
      console.error(`test/e2e/run.mjs: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      await killAllGroups();
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
