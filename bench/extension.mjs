// The extension as VS Code runs it: bundle sizes (dist/, the .vsix when `npm run package` made one), then inside a
// real extension host (code-server + headless Chromium, test/host) the activation time (timing
// vscode.extensions.getExtension(...).activate()) and the F5 preflight on a replayed demo snapshot, cold (first
// session after activation) and warm (later sessions): the extension's own `diagnosis [preflight of "<name>"] … in N ms`
// log line, from resolveDebugConfiguration to the report (targets: cold < 300 ms, warm < 20 ms), and how long each
// session's tracker waited for it. The in-host part is test/host/bench/index.js. Prints numbers, asserts nothing.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SNAPSHOT = path.join(REPO, 'examples/snapshots/rosetta-vscode');
const ACTIVATIONS = Number(process.env.GLD_BENCH_ACTIVATIONS ?? 3);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sizes() {
  for (const f of ['dist/extension.js', 'dist/webview.js', 'dist/cli.js', 'dist/cli-inspect.js']) {
    const p = path.join(REPO, f);
    if (!existsSync(p)) {
      console.log(`${f}: missing (npm run build)`);
      continue;
    }
    const buf = readFileSync(p);
    const minified = !/\n {2}\S/.test(buf.subarray(0, 20_000).toString('utf8'));
    console.log(`${f}: ${kb(buf.length)} (${minified ? 'minified' : 'development build'}), gzip ${kb(gzipSync(buf).length)}`);
  }
  const vsix = path.join(REPO, 'go-lldb-doctor.vsix');
  console.log(existsSync(vsix) ? `go-lldb-doctor.vsix: ${kb(statSync(vsix).size)}` : 'go-lldb-doctor.vsix: none (npm run package)');
}

/** One workbench whose extension host runs test/host/bench/index.js; its numbers, or undefined. GLD_BENCH_KEEP=1
 * keeps its run folder (host.log, the extension log). */
async function inHostOnce() {
  const { createRunFolder, removeRunFolder } = await import('../test/host/lib/runFolder.mjs');
  const { startWorkbench } = await import('../test/host/lib/workbench.mjs');
  const { killAllGroups } = await import('../test/host/lib/processes.mjs');
  // The replayed Mac through the extension's own setting, as a user of a remote window (the web workbench is one)
  // replays one: goLldbDoctor.replaySnapshot is machine-scoped, read from the Machine settings, not the User ones.
  const run = { name: 'bench-extension', workspace: 'hello', trust: true };
  const f = createRunFolder(run);
  const machineSettings = path.join(f.userData, 'Machine', 'settings.json');
  mkdirSync(path.dirname(machineSettings), { recursive: true });
  writeFileSync(machineSettings, JSON.stringify({ 'goLldbDoctor.replaySnapshot': SNAPSHOT }, null, 2));
  const out = path.join(f.dir, 'bench.json');
  let wb;
  try {
    const t0 = Date.now();
    wb = await startWorkbench(f, run, { chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', testTimeoutMs: 60_000 }, {
      extensionPath: REPO,
      testsPath: path.join(REPO, 'test/host/bench/index'),
      env: { GLD_BENCH_OUT: out, GLD_BENCH_SNAPSHOT: SNAPSHOT },
    });
    let timer;
    const done = await Promise.race([wb.browser.exited.then(() => true), new Promise((r) => (timer = setTimeout(() => r(false), 180_000)))]);
    clearTimeout(timer);
    if (!done || !existsSync(out)) throw new Error(`the in-host bench did not finish: see ${f.log}`);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    console.log(`workbench start to bench end: ${((Date.now() - t0) / 1000).toFixed(1)} s; activate() ${Number(r.activateMs).toFixed(1)} ms, ${Number(r.activateCpuMs).toFixed(1)} ms CPU (active before: ${r.activeAtStart})`);
    if (!process.env.GLD_BENCH_KEEP) removeRunFolder(f);
    return r;
  } catch (err) {
    console.log(`in-host numbers: failed: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  } finally {
    await wb?.close();
    await killAllGroups();
  }
}

/** activate() once per fresh extension host (it runs once per host), GLD_BENCH_ACTIVATIONS times; the median. */
async function inHost() {
  if (!existsSync(path.join(REPO, 'test/host/node_modules/code-server'))) {
    console.log('in-host numbers: skipped (test/host/install.sh has not run)');
    return;
  }
  const runs = [];
  for (let i = 0; i < ACTIVATIONS; i++) {
    const r = await inHostOnce();
    if (r) runs.push(r);
  }
  const last = runs.at(-1);
  if (!last) return;
  const ms = (x) => `${Number(x).toFixed(0)} ms`;
  const activations = runs.map((r) => r.activateMs);
  const cpu = runs.map((r) => r.activateCpuMs);
  console.log(`activate() (load dist/extension.js + activate), median of ${runs.length} hosts: ${median(activations).toFixed(1)} ms of [${activations.map((x) => x.toFixed(1)).join(', ')}] (target <= 30 ms); CPU ${median(cpu).toFixed(1)} ms`);
  const loads = runs.map((r) => r.engineLoadMs).filter((x) => x !== undefined && x !== null);
  if (loads.length) console.log(`engine load at the first F5 (dist/extension-engine.js, before its preflight), median of ${loads.length}: ${median(loads)} ms of [${loads.join(', ')}]`);
  const colds = runs.map((r) => r.preflightColdMs);
  console.log(`F5 preflight on ${path.relative(REPO, SNAPSHOT)}: cold median ${ms(median(colds))} of [${colds.join(', ')}] ms (target < 300 ms), warm median ${ms(last.preflightWarmMedianMs)} of [${last.preflightWarmMs.join(', ')}] ms (target < 20 ms)`);
  console.log(`tracker wait per session (cold first): [${last.trackerWaitsMs.join(', ')}] ms`);
}

export async function run() {
  sizes();
  await inHost();
}
