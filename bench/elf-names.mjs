// The ELF reader's work budget (issue 16 item 2): `inspect` of a file whose 64 or 1,024 section headers all name
// offset 0 of one 256 KiB name table (made by test/unit/hostile/elfWorstCase.ts). Before the budget: 64 sections
// 9.6 s / 605 MB, 1,024 sections past 120 s and 3.9 GB. Prints wall time and peak RSS of the real CLI; asserts
// nothing. Run: npm run bench -- elf-names
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export async function run() {
  const { sameNameElf } = require(path.join(root, 'out/test/unit/hostile/elfWorstCase.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-bench-elf-'));
  for (const n of [64, 1024]) fs.writeFileSync(path.join(dir, `names-${n}`), sameNameElf(n));
  for (const n of [64, 1024]) {
    const file = path.join(dir, `names-${n}`);
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, path.join(root, 'dist/cli.js'), 'inspect', file], { encoding: 'utf8', timeout: 300_000 });
    const [secs, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ');
    const notes = (r.stdout.match(/note truncated-by-budget/g) ?? []).length;
    console.log(`inspect, ${n} sections naming one 256 KiB string: ${secs} s, peak RSS ${(Number(kb) / 1024).toFixed(0)} MB, ${notes} budget notes (exit ${r.status})`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
