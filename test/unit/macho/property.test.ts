import * as assert from 'node:assert/strict';
import { readMachO, type MachOFile } from '../../../src/core/macho';
import { MACHO_ERRORS as MACHO_ERROR_CODES } from '../../../src/core/i18n/messages/macho';
import { MAX_BUILDINFO_BYTES, MAX_FAT_ARCHS } from '../../../src/core/macho/limits';
import { RecordingSource, VALID_MACHO, loadFixture } from './helpers';
import { hotRanges, mutate, prng } from './mutate';

const ITERATIONS = Number(process.env.MACHO_FUZZ_ITERATIONS ?? 100_000);
const SEED = Number(process.env.MACHO_FUZZ_SEED ?? 20241126);
const FIXTURES = [...VALID_MACHO, 'Hello.class', 'script.sh'];
/** Reads a correct reader may make: the fat table, then per slice its header, load commands and build info. */
const READS_FIXED = 4;
const READS_PER_SLICE = 8;
/** Upper bound of bytes the fat table may need: header + MAX_FAT_ARCHS 64-bit entries. */
const MAX_FAT_TABLE_BYTES = 8 + MAX_FAT_ARCHS * 32;

/** The most a correct reader may read for this result: see limits.ts (the per-slice budget holds for every slice). */
function allowance(f: MachOFile, budget: number): number {
  const perSlice = 32 + budget + MAX_BUILDINFO_BYTES;
  return 32 + MAX_FAT_TABLE_BYTES + Math.max(1, f.slices.length) * perSlice;
}

describe('macho reader: property test (seeded mutations of every fixture)', function () {
  this.timeout(120_000);

  it(`${ITERATIONS} mutations: no exception, no read outside the file or over budget, no hang`, () => {
    const corpus = FIXTURES.map((name) => {
      const bytes = loadFixture(name);
      return { name, bytes, hot: hotRanges(bytes) };
    });
    const rand = prng(SEED);
    const started = Date.now();
    let slowest = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const fx = corpus[i % corpus.length];
      if (!fx) continue;
      const m = mutate(rand, fx.bytes, fx.hot);
      const budget = rand() < 0.3 ? 1024 : 64 * 1024;
      const src = new RecordingSource(fx.bytes, m.size, m.patches);
      const t0 = performance.now();
      const f = readMachO(src, fx.name, { perSliceBudget: budget });
      slowest = Math.max(slowest, performance.now() - t0);
      const where = `${fx.name} iteration ${i} (seed ${SEED})`;
      assert.ok(!f.errors.some((e) => e.code === 'internal-error'), `${where}: ${JSON.stringify(f.errors)}`);
      assert.equal(src.outside, 0, `${where}: read outside the file`);
      assert.equal(f.bytesRead, src.total, where);
      assert.ok(src.total <= allowance(f, budget), `${where}: read ${src.total} > ${allowance(f, budget)}`);
      // No hang, as an outcome rather than a clock: a handful of reads per slice (header, load commands, build
      // info), never a loop over the file. 100k real inputs read at most 4 per slice and 11 in all.
      assert.ok(src.reads.length <= READS_FIXED + READS_PER_SLICE * Math.max(1, f.slices.length), `${where}: ${src.reads.length} reads`);
      for (const e of f.errors) assert.ok(e.offset >= 0 && e.offset <= src.size && e.code in MACHO_ERROR_CODES, `${where}: ${e.code} at ${e.offset}`);
    }
    const ms = Date.now() - started;
    console.log(`      ${ITERATIONS} mutations of ${corpus.length} fixtures in ${ms} ms (slowest ${slowest.toFixed(2)} ms)`);
  });
});
