// Snapshot replay with a hostile `.sparse.json` (issue #9 item 6): the dlv of a fixture snapshot gets 300k
// adjacent 3-byte extents beside the bytes the probes read. Prints the time of one cold diagnosis replaying it
// (parse, merge, probes, rules) next to the same snapshot unmodified. Target: under 1 s. Asserts nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FIXTURE = path.join(REPO, 'test/fixtures/snapshots/healthy-apple-silicon');
const DLV = 'root/Users/dev/go/bin/dlv.sparse.json';
const EXTENTS = 300_000;

async function replay(dir) {
  const core = {
    diagnose: require(path.join(REPO, 'out/src/core/diagnose.js')),
    snapshot: require(path.join(REPO, 'out/src/core/replay/host.js')),
    input: require(path.join(REPO, 'out/src/core/replay/input.js')),
  };
  const t0 = process.hrtime.bigint();
  const loaded = core.snapshot.loadSnapshot(dir);
  const input = core.input.inputFromMachine(loaded.host, loaded.machine);
  const report = await core.diagnose.diagnose({ ...input.input, cache: new core.diagnose.DiagnosisCache() });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, verdict: report.verdict };
}

export async function run() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-sparse-'));
  try {
    const plain = path.join(tmp, 'plain');
    const hostile = path.join(tmp, 'hostile');
    cpSync(FIXTURE, plain, { recursive: true, verbatimSymlinks: true });
    cpSync(FIXTURE, hostile, { recursive: true, verbatimSymlinks: true });
    const sparse = JSON.parse(readFileSync(path.join(hostile, DLV), 'utf8'));
    for (let i = 0; i < EXTENTS; i++) sparse.extents.push({ offset: 2000 + 3 * i, base64: 'AAAA' });
    writeFileSync(path.join(hostile, DLV), JSON.stringify(sparse));
    const a = await replay(plain);
    const b = await replay(hostile);
    console.log(`replay, fixture snapshot:                      ${a.ms.toFixed(1)} ms (${a.verdict})`);
    console.log(`replay, dlv.sparse.json with ${EXTENTS} extents: ${b.ms.toFixed(1)} ms (${b.verdict}; target < 1000 ms)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
