// `npm run bench`: every benchmark, one line each below (a module exporting `run()` that prints its own numbers).
// Benchmarks measure and print; they assert nothing. `npm run bench` sets up, builds and compiles first; this file
// then builds the generated fixtures a benchmark needs, so that it runs from a fresh clone after `npm ci`.
// `node bench/run.mjs startup macho` runs only the benchmarks whose names start with those words.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const BENCHES = [
  ['startup', () => import('./startup.mjs')], // CLI start-up: inspect vs node -e 0, 100 libraries vs file + otool
  ['macho', () => import('./macho.mjs')], // Mach-O reader on a 100+ MB universal file vs llvm-objdump, file
  ['macho-worst', () => import('./macho-worst.mjs')], // the reader's worst case: fat64, 64 slices x 1M commands
  ['diagnose', () => import('./diagnose.mjs')], // diagnosis of a snapshot, cold and cached, vs the shell pipeline
  ['snapshot-sparse', () => import('./snapshot-sparse.mjs')], // replay of a hostile 300k-extent .sparse.json
  ['regex', () => import('./regex.mjs')], // every regex in src/ and every classifier rule on 1 MB hostile inputs
  ['elf-names', () => import('./elf-names.mjs')], // ELF reader: 1,024 sections naming one 256 KiB string
  ['explain-stdin', () => import('./explain-stdin.mjs')], // explain with 100 MB on standard input
  ['f5-slice', () => import('./f5-slice.mjs')], // longest synchronous slice of our F5 work (preflight, DapWatch)
  ['selftest', () => import('./selftest.mjs')], // the debugging self-test, warm and cold build cache, each stage
  ['extension', () => import('./extension.mjs')], // bundle sizes; activate() and F5 preflight in a real host
];

const REPO = path.resolve(import.meta.dirname, '..');

/** Generated fixtures (gitignored): the snapshot fixtures' Mach-O binaries (Go, clang, lld). */
function prepare() {
  if (existsSync(path.join(REPO, 'test/fixtures/snapshots/bin/lldb-arm64'))) return;
  console.log('bench: building test/fixtures/snapshots/bin (make-binaries.sh)');
  execFileSync('/bin/sh', [path.join(REPO, 'test/fixtures/snapshots/make-binaries.sh')], { stdio: 'inherit' });
}

const only = process.argv.slice(2);
prepare();
for (const [name, load] of BENCHES) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n# ${name}`);
  await (await load()).run();
}
