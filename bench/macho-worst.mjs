// The Mach-O reader's worst case (issue 9 item 5): a legal fat64 file of 64 slices × 1M load commands (512 MiB,
// generated on demand by test/unit/hostile/worstCase.ts), read with the default budgets. Target < 50 ms.
// Prints numbers; asserts nothing. Run: npm run bench -- macho-worst
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export async function run() {
  const macho = require(path.join(root, 'out/src/core/macho/index.js'));
  const { worstCaseSource } = require(path.join(root, 'out/test/unit/hostile/worstCase.js'));
  const src = worstCaseSource(64, 1 << 20);
  const f = macho.readMachO(src, 'worst');
  console.log(`file: ${(src.size / 1048576).toFixed(0)} MiB fat64, ${f.slices.length} slices x 1048576 load commands; errors ${f.errors.length}, notes ${f.notes?.length ?? 0}, bytes read ${f.bytesRead}`);
  const runs = 20;
  let worst = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    macho.readMachO(src, 'worst');
    worst = Math.max(worst, Number(process.hrtime.bigint() - s) / 1e6);
  }
  const mean = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  console.log(`ours: readMachO(worst case) mean ${mean.toFixed(2)} ms, slowest ${worst.toFixed(2)} ms (target < 50 ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
