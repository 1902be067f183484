// Standard input is bounded (issue 16 item 7): `explain` with 100 MB piped in (a Delve error line repeated).
// Before the cap: 3.7 GB and no end in 60 s. Now at most the paste cap (1 MiB) is read and one line says so.
// Prints wall time and peak RSS of the real CLI; asserts nothing. Run: npm run bench -- explain-stdin
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function run() {
  const line = 'could not launch process: fork/exec /work/app/__debug_bin: operation not permitted\n';
  const input = Buffer.from(line.repeat(Math.ceil((100 << 20) / line.length)));
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, path.join(root, 'dist/cli.js'), 'explain'], { input, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
  const lines = r.stderr.trim().split('\n');
  const [secs, kb] = (lines.pop() ?? '').split(' ');
  console.log(`explain, ${(input.length / 1048576).toFixed(0)} MB on standard input: ${secs} s, peak RSS ${(Number(kb) / 1024).toFixed(0)} MB, exit ${r.status}`);
  console.log(`  said: ${lines.find((l) => /longer than/.test(l)) ?? '(nothing about the cut)'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
