// The longest synchronous slice of this extension's work during F5 (issue 20 item 8): what it could add to the
// extension host's event-loop stalls while vscode-go connects to dlv with its fixed 1000 ms timer. The F5 work is
// the preflight (a cold diagnosis of each demo snapshot, Mac and Linux) and the DapWatch reading a whole recorded
// Delve session (test/fixtures/delve/texts-debian-1.20.json); perf_hooks' event-loop delay histogram (1 ms
// resolution) runs throughout, and a 1 ms timer keeps the loop turning. Prints numbers, asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export async function run() {
  const diagnose = require(path.join(REPO, 'out/src/core/diagnose.js'));
  const snapshot = require(path.join(REPO, 'out/src/core/replay/host.js'));
  const input = require(path.join(REPO, 'out/src/core/replay/input.js'));
  const { DapWatch } = require(path.join(REPO, 'out/src/core/dap/index.js'));
  const examples = path.join(REPO, 'examples/snapshots');
  const names = readdirSync(examples, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const h = monitorEventLoopDelay({ resolution: 1 });
  const tick = setInterval(() => {}, 1);
  h.enable();
  const slices = [];
  for (const name of names) {
    h.reset();
    const loaded = snapshot.loadSnapshot(path.join(examples, name));
    const inp = input.inputFromMachine(loaded.host, loaded.machine);
    if (!inp.ok) continue;
    await diagnose.diagnose({ ...inp.input, cache: new diagnose.DiagnosisCache() });
    await new Promise((r) => setTimeout(r, 2));
    slices.push([name, h.max / 1e6 - 1]);
  }
  h.reset();
  const cases = JSON.parse(readFileSync(path.join(REPO, 'test/fixtures/delve/texts-debian-1.20.json'), 'utf8')).cases;
  for (const c of cases) {
    const w = new DapWatch({ platform: 'linux', launchIndex: 0 });
    w.onWillReceiveMessage({ seq: 1, type: 'request', command: c.request, arguments: c.args });
    for (const m of c.messages) { w.onDidSendMessage(m); await new Promise((r) => setImmediate(r)); }
    w.findings();
  }
  await new Promise((r) => setTimeout(r, 2));
  const dap = h.max / 1e6 - 1;
  h.disable();
  clearInterval(tick);
  slices.sort((a, b) => b[1] - a[1]);
  console.log(`longest synchronous slice, preflight of ${slices.length} demo snapshots (cold): ${slices[0][1].toFixed(1)} ms (${slices[0][0]}); median ${slices[Math.floor(slices.length / 2)][1].toFixed(1)} ms`);
  console.log(`longest synchronous slice, DapWatch over ${cases.length} recorded Delve sessions: ${dap.toFixed(1)} ms`);
  console.log(`vscode-go's connect timer: 1000 ms (a stall of about that long is needed to cause "connection timeout")`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
