/**
 * Seeded mutations of real ELF files (Go amd64/arm64/386, clang aarch64, both Delve builds): the reader never
 * throws, never reads outside the file, reads no more than its limits allow, and names every problem with a
 * catalogued code. Iterations: ELF_FUZZ_ITERATIONS (default 20000), seed ELF_FUZZ_SEED.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readElf } from '../../../src/core/elf';
import { ELF_ERRORS as ELF_ERROR_CODES } from '../../../src/core/i18n/messages/elf';
import { MAX_INTERP_BYTES, MAX_PH_BYTES, MAX_SH_BYTES, MAX_SHSTR_BYTES } from '../../../src/core/elf/limits';
import { MAX_BUILDINFO_BYTES } from '../../../src/core/macho/limits';
import { RecordingSource } from '../macho/helpers';
import { mutate, prng } from '../macho/mutate';
import { buildElfFixtures } from './build';
import { pointerFormatElf, sentinelled } from './synth';

const ITERATIONS = Number(process.env.ELF_FUZZ_ITERATIONS ?? 20_000);
const SEED = Number(process.env.ELF_FUZZ_SEED ?? 20261201);
/** Header, both tables (and section 0 twice for extended numbering), names, interpreter, build info and its two strings. */
const ALLOWANCE = 64 + MAX_PH_BYTES + 2 * MAX_SH_BYTES + MAX_SHSTR_BYTES + MAX_INTERP_BYTES + 3 * MAX_BUILDINFO_BYTES + 64;
/** The work a file may cost, counted rather than timed: at most one read per part of the allowance above. */
const MAX_READS = 1 + 1 + 2 + 1 + 1 + 3;

/** The bytes worth mutating: ELF header, program headers, section headers, the build info blob. */
function hot(bytes: Uint8Array): [number, number][] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const is64 = bytes[4] === 2;
  const le = bytes[5] === 1;
  const phoff = is64 ? Number(dv.getBigUint64(32, le)) : dv.getUint32(28, le);
  const shoff = is64 ? Number(dv.getBigUint64(40, le)) : dv.getUint32(32, le);
  const ranges: [number, number][] = [[0, 64], [phoff, phoff + 13 * 56], [shoff, Math.min(bytes.length, shoff + 64 * 64)]];
  const bi = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(Buffer.from('\xff Go buildinf:', 'latin1'));
  if (bi >= 0) ranges.push([bi, bi + 48]);
  return ranges.filter(([a, b]) => b > a && a < bytes.length).map(([a, b]) => [a, Math.min(b, bytes.length)]);
}

describe('elf reader: property test (seeded mutations of real files)', function () {
  this.timeout(300_000);

  it(`${ITERATIONS} mutations: no exception, no read outside the file or over the limits`, () => {
    const files = buildElfFixtures().files.filter((f) => !f.endsWith('dlv'));
    const corpus = [...files.map((f) => new Uint8Array(fs.readFileSync(f))), pointerFormatElf('go1.16', sentinelled('path\tx\nbuild\tGOARCH=arm64'), false)].map((bytes) => ({ bytes, hot: hot(bytes) }));
    const rand = prng(SEED);
    let mostReads = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const fx = corpus[i % corpus.length];
      if (!fx) continue;
      const m = mutate(rand, fx.bytes, fx.hot);
      const src = new RecordingSource(fx.bytes, m.size, m.patches);
      const f = readElf(src, 'x');
      mostReads = Math.max(mostReads, src.reads.length);
      const where = `iteration ${i} (seed ${SEED})`;
      assert.ok(!f.errors.some((e) => e.code === 'internal-error'), `${where}: ${JSON.stringify(f.errors)}`);
      assert.equal(src.outside, 0, `${where}: read outside the file`);
      assert.equal(f.bytesRead, src.total, where);
      assert.ok(src.total <= ALLOWANCE, `${where}: read ${src.total} > ${ALLOWANCE}`);
      for (const e of f.errors) assert.ok(e.offset >= 0 && e.code in ELF_ERROR_CODES, `${where}: ${e.code} at ${e.offset}`);
    }
    assert.ok(mostReads <= MAX_READS, `a file took ${mostReads} reads (> ${MAX_READS})`);
    console.log(`      ${ITERATIONS} mutations of ${corpus.length} files (at most ${mostReads} reads a file)`);
  });
});
