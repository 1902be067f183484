// The debugging self-test (issue 18) on this machine's Debian dlv and go: warm (Go build cache filled) and cold
// (an empty GOCACHE through go.toolsEnvVars, so Delve's `go build` compiles everything). Prints the total, the
// debugging session itself (spawn → variable read, the stages a hand-driven DAP session goes through) and what the
// self-test adds around it (probing what vscode-go would start, writing and removing the program), and each stage.
// Plain node over the compiled tests output (out/); prints numbers, asserts nothing.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const WARM_RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(core, settings = {}) {
  const t0 = performance.now();
  const r = await core.runSelftest({ host: core.liveHost({ cwd: os.tmpdir() }), workspaceFolder: os.tmpdir(), trusted: true, settings });
  const total = performance.now() - t0;
  if (!r.ok) throw new Error(`self-test failed: ${r.summary}`);
  const stage = Object.fromEntries(r.stages.map((s) => [s.name, s.ms]));
  const session = ['spawn', 'listen', 'connect', 'initialize', 'launch', 'breakpoint', 'stopped', 'variables'].reduce((a, n) => a + stage[n], 0);
  return { total, session, stage, added: total - session - stage.disconnect };
}

function line(label, runs) {
  const pick = (f) => Math.round(median(runs.map(f)));
  const stages = Object.keys(runs[0].stage).map((n) => `${n} ${pick((r) => r.stage[n])}`).join(', ');
  console.log(`${label}: total ${pick((r) => r.total)} ms; spawn→variables ${pick((r) => r.session)} ms; added by the self-test ${pick((r) => r.added)} ms`);
  console.log(`  stages (ms): ${stages}`);
}

export async function run() {
  if (!fs.existsSync('/usr/bin/dlv') || !fs.existsSync('/usr/bin/go')) return console.log('selftest: no /usr/bin/dlv or /usr/bin/go; skipped');
  const core = { ...require(path.join(REPO, 'out/src/core/selftest/index.js')), ...require(path.join(REPO, 'out/src/core/host/live.js')) };
  await once(core); // fills the build cache for the warm runs
  const warm = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await once(core));
  line(`warm (median of ${WARM_RUNS})`, warm);
  const gocache = fs.mkdtempSync(path.join(os.tmpdir(), 'selftest-bench-gocache-'));
  try {
    line('cold (empty GOCACHE)', [await once(core, { 'go.toolsEnvVars': { GOCACHE: gocache } })]);
  } finally {
    fs.rmSync(gocache, { recursive: true, force: true });
  }
}
