// In-host bench (extensionTestsPath of bench/extension.mjs): runs inside the VS Code extension host, measures the
// extension's activation and the F5 preflight on a replayed snapshot (the user setting goLldbDoctor.replaySnapshot,
// $GLD_BENCH_SNAPSHOT, which bench/extension.mjs puts in the run's settings), writes JSON to
// $GLD_BENCH_OUT. Measures and asserts nothing. Plain CommonJS: no build step.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION = 'go-lldb-doctor.go-lldb-doctor';
const WARM_RUNS = 5;
/** The host activates the built-in extensions as the workbench opens (git, github, json...): timing ours in the
 * middle of that measures contention, not our activation. F5 comes later in real use: wait for a quiet host. */
const SETTLE_MS = Number(process.env.GLD_BENCH_SETTLE_MS ?? 5000);

function channelLog() {
  const root = path.join(process.env.GLD_TEST_USER_DATA_DIR ?? '', 'logs');
  let text = '';
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (rel.includes(EXTENSION) && rel.endsWith('.log')) text += fs.readFileSync(path.join(root, rel), 'utf8');
  }
  return text;
}

/** The `in N ms` of the n-th (0-based) preflight diagnosis log line of the configuration, once it is written
 * (src/core/present/diagnosisLog.ts: `diagnosis [preflight of "<name>"] of <machine>: <verdict>, … in N ms`). */
async function preflightMs(name, n, timeoutMs = 60_000) {
  const re = new RegExp(`diagnosis \\[preflight of "${name}"\\] of [^\\n]* in (\\d+) ms`, 'g');
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = [...channelLog().matchAll(re)];
    if (found[n]) return Number(found[n][1]);
    if (Date.now() > end) throw new Error(`no preflight line #${n + 1} for "${name}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function session(folder, name) {
  const config = { type: 'go', request: 'launch', name, mode: 'debug', program: '${workspaceFolder}', fixtureAdapter: 'fake', fakeScenario: 'rosetta-dlv' };
  await vscode.debug.startDebugging(folder, config).then(undefined, () => false); // the fake launch fails, as on that Mac
  if (vscode.debug.activeDebugSession) await vscode.debug.stopDebugging();
}

/** How long each session's tracker waited for its preflight, from the extension's `tracker for "<name>": ... after
 * N ms` log lines (the test API no longer reports it). */
function trackerWaits(name) {
  const re = new RegExp(`tracker for "${name}": .* after (\\d+) ms`, 'g');
  return [...channelLog().matchAll(re)].map((m) => Number(m[1]));
}

/** Waits until VS Code applies the run's User setting goLldbDoctor.replaySnapshot (the web workbench sends User
 * settings to the extension host after it starts), so that the preflight replays the snapshot, not this machine. */
async function replayed(dir, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (vscode.workspace.getConfiguration('goLldbDoctor').get('replaySnapshot', '') !== dir) {
    if (Date.now() > end) throw new Error(`goLldbDoctor.replaySnapshot is not "${dir}" after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run() {
  const out = {};
  const ext = vscode.extensions.getExtension(EXTENSION);
  out.activeAtStart = ext.isActive;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await replayed(process.env.GLD_BENCH_SNAPSHOT ?? '');
  let t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await ext.activate();
  out.activateMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0); // the extension host's CPU time: less sensitive than wall time to a busy machine
  out.activateCpuMs = (cpu.user + cpu.system) / 1000;
  const folder = vscode.workspace.workspaceFolders[0];
  const name = 'Bench preflight';
  t0 = performance.now();
  await session(folder, name);
  out.firstSessionMs = performance.now() - t0;
  out.preflightColdMs = await preflightMs(name, 0);
  // The engine (dist/extension-engine.js) is loaded at the first debug start, before its preflight starts.
  const engine = /engine loaded in (\d+) ms/.exec(channelLog());
  out.engineLoadMs = engine ? Number(engine[1]) : undefined;
  const warm = [];
  for (let i = 1; i <= WARM_RUNS; i++) {
    await session(folder, name);
    warm.push(await preflightMs(name, i));
  }
  out.preflightWarmMs = warm;
  out.preflightWarmMedianMs = median(warm);
  out.trackerWaitsMs = trackerWaits(name);
  fs.writeFileSync(process.env.GLD_BENCH_OUT, JSON.stringify(out));
}

module.exports = { run };
