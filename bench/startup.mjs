// Start-up cost of the CLI, whole processes as a user runs them (targets, not assertions):
//   `go-lldb-doctor inspect FILE` of one file  <= 1.3x a bare `node -e 0`, medians of the same interleaved run;
//   `inspect` of 100 libraries in one process  >= 40x faster than the `file` + `llvm-otool -L` pipeline on them.
// NODE_EXTRA_CA_CERTS is unset for every child: set on some machines, it adds ~70 ms to each Node start and hides
// the difference being measured.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist/cli.js'); // `bin`: requires dist/cli-inspect.js for this sub-command
const ONE = path.join(REPO, 'test/fixtures/macho/bin/liblldb-arm64.dylib');
const LIBS = ['liblldb-arm64.dylib', 'liblldb-x86_64.dylib', 'libLLVM.dylib', 'LLDB.framework/Versions/A/LLDB'];
const ROUNDS = Number(process.env.GLD_BENCH_ROUNDS ?? 21);

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/** CPU time of the waited-for children (Linux: /proc/self/stat cutime + cstime, clock ticks of 10 ms), ms; on a
 * loaded machine its mean over many runs says more than wall time. */
function childCpuMs() {
  if (process.platform !== 'linux') return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Wall time of one process, ms (its CPU time is added to `cpu`); throws when it does not exit as expected. */
function timed(argv, cpu = { ms: 0, n: 0 }) {
  const c0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  cpu.ms += childCpuMs() - c0;
  cpu.n++;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.error?.message ?? `exit ${r.status}`} ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of `fns` run round-robin, so that machine load affects them alike. */
function interleaved(fns, rounds) {
  const times = fns.map(() => []);
  for (let i = 0; i < rounds; i++) fns.forEach((fn, k) => times[k].push(fn()));
  return times.map(median);
}

function hundredLibraries(dir) {
  return Array.from({ length: 100 }, (_, i) => {
    const file = path.join(dir, `lib${i}.dylib`);
    copyFileSync(path.join(REPO, 'test/fixtures/macho/bin', LIBS[i % LIBS.length]), file);
    return file;
  });
}

function otoolPath() {
  return ['/usr/lib/llvm-19/bin/llvm-otool', 'llvm-otool', '/usr/lib/llvm-14/bin/llvm-otool'].find(
    (c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0,
  );
}

export async function run() {
  const node = process.execPath;
  const cpuBare = { ms: 0, n: 0 };
  const cpuOne = { ms: 0, n: 0 };
  const [bare, one] = interleaved([() => timed([node, '-e', '0'], cpuBare), () => timed([node, CLI, 'inspect', ONE], cpuOne)], ROUNDS);
  const cpu = (c) => c.ms / c.n;
  console.log(`node -e 0 (median of ${ROUNDS}): ${bare.toFixed(1)} ms; CPU ${cpu(cpuBare).toFixed(1)} ms (mean)`);
  console.log(`go-lldb-doctor inspect (one file): ${one.toFixed(1)} ms = ${(one / bare).toFixed(2)}x node -e 0 (target <= 1.3x); CPU ${cpu(cpuOne).toFixed(1)} ms = ${(cpu(cpuOne) / cpu(cpuBare)).toFixed(2)}x`);
  const dir = mkdtempSync(path.join(tmpdir(), 'gld-bench-startup-'));
  try {
    const libs = hundredLibraries(dir);
    const otool = otoolPath();
    const file = spawnSync('file', ['--version'], { stdio: 'ignore' }).status === 0 ? 'file' : undefined;
    const ours = () => timed([node, CLI, 'inspect', ...libs]);
    if (!otool || !file) {
      console.log(`inspect of 100 libraries: ${median(Array.from({ length: 5 }, ours)).toFixed(1)} ms (no file/llvm-otool here to compare)`);
      return;
    }
    const pipeline = () => libs.reduce((ms, l) => ms + timed([file, l]) + timed([otool, '-L', l]), 0);
    const [oursMs, pipeMs] = interleaved([ours, pipeline], 5);
    console.log(`inspect of 100 libraries, one process: ${oursMs.toFixed(1)} ms`);
    console.log(`file + ${path.basename(otool)} -L on each of them: ${pipeMs.toFixed(1)} ms`);
    console.log(`speed-up, whole process: ${(pipeMs / oursMs).toFixed(0)}x (target >= 40x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
