// Diagnosis speed: a snapshot with a full dependency walk (Homebrew LLVM + Command Line Tools + debugserver),
// cold (fresh cache) and repeated in the same process (Mach-O cache keyed by path, size, mtime, inode), beside
// the popular shell pipeline (`file`, `llvm-otool -L`, then `file` on each dependency) on the same Mach-O files.
// Plain node over the compiled tests output (out/); prints numbers, asserts nothing. `npm run bench` builds first.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SNAPSHOT = path.join(REPO, 'test/fixtures/snapshots/incompatible-arch-library');
const MACHO = path.join(REPO, 'test/fixtures/macho/bin');

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function diagnoseOnce(core, cache) {
  const loaded = core.snapshot.loadSnapshot(SNAPSHOT);
  const input = core.input.inputFromMachine(loaded.host, loaded.machine);
  return core.diagnose.diagnose({ ...input.input, cache });
}

function shellPipeline() {
  const otool = ['llvm-otool-14', 'llvm-otool', '/usr/lib/llvm-19/bin/llvm-otool'].find((c) => spawnSync(c, ['--version']).status === 0);
  if (!otool || spawnSync('file', ['--version']).status !== 0) return undefined;
  const roots = [...['liblldb-arm64.dylib', 'LLDB.framework/Versions/A/LLDB', 'debugserver'].map((f) => path.join(MACHO, f)), path.join(REPO, 'test/fixtures/snapshots/bin/lldb-arm64')];
  const t0 = process.hrtime.bigint();
  for (const f of roots) {
    execFileSync('file', [f]);
    const deps = execFileSync(otool, ['-L', f], { encoding: 'utf8' }).split('\n').slice(1).map((l) => l.trim().split(' ')[0]).filter(Boolean);
    for (const d of deps) {
      const local = path.join(MACHO, path.basename(d));
      spawnSync('file', [local]);
    }
  }
  return { ms: ms(t0), tool: otool };
}

export async function run() {
  const core = {
    diagnose: require(path.join(REPO, 'out/src/core/diagnose.js')),
    snapshot: require(path.join(REPO, 'out/src/core/replay/host.js')),
    input: require(path.join(REPO, 'out/src/core/replay/input.js')),
  };
  const cache = new core.diagnose.DiagnosisCache();
  let t0 = process.hrtime.bigint();
  const report = await diagnoseOnce(core, cache);
  const cold = ms(t0);
  const N = 50;
  t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await diagnoseOnce(core, cache);
  const warm = ms(t0) / N;
  const freshRuns = [];
  for (let i = 0; i < 10; i++) {
    t0 = process.hrtime.bigint();
    await diagnoseOnce(core, new core.diagnose.DiagnosisCache());
    freshRuns.push(ms(t0));
  }
  const deps = report.components.filter((c) => c.id === 'liblldb').length;
  console.log(`snapshot: ${path.relative(REPO, SNAPSHOT)} (${report.components.length} components, ${deps} LLDB roots, findings: ${report.findings.map((f) => f.code).join(', ')})`);
  console.log(`diagnose, first run in process (cold):     ${cold.toFixed(2)} ms`);
  console.log(`diagnose, fresh cache (median of 10):      ${freshRuns.sort((a, b) => a - b)[5].toFixed(2)} ms`);
  console.log(`diagnose, repeated with cache (mean of ${N}): ${warm.toFixed(2)} ms`);
  const shell = shellPipeline();
  if (shell) console.log(`shell pipeline (file + ${path.basename(shell.tool)} -L + file per dependency): ${shell.ms.toFixed(2)} ms`);
  else console.log('shell pipeline: file or llvm-otool not installed');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
