/**
 * Issue 9 item 5: a legal fat64 file of 64 slices × 1M load commands. The reader keeps its promise for every slice
 * (at most 64 KiB of load commands), the whole file has a budget, and what was cut is reported as such: a
 * `truncated-by-budget` note in inspect text and JSON, the file still `fat64`, every slice's arch still known.
 * Speed is measured by `npm run bench` (bench/macho-worst.mjs), not asserted here.
 */
import * as assert from 'node:assert/strict';
import { formatInspect, readMachO, toInspectJson } from '../../../src/core/macho';
import { DEFAULT_SLICE_BUDGET, FILE_COMMAND_BYTES, FILE_MAX_COMMANDS } from '../../../src/core/macho/limits';
import { worstCaseSource } from './worstCase';

describe('hostile: Mach-O read budgets', () => {
  it('64 slices × 1M load commands: bounded reads, every slice listed, cuts noted', () => {
    const src = worstCaseSource();
    let requested = 0;
    const counting = { size: src.size, read: (o: number, n: number) => ((requested += n), src.read(o, n)) };
    const f = readMachO(counting, 'worst');
    assert.equal(f.format, 'fat64');
    assert.deepEqual(f.errors, []);
    assert.equal(f.slices.length, 64);
    assert.ok(f.slices.every((s) => s.cputype === 0x0100000c && s.arch !== ''));
    assert.ok(requested <= 32 + 64 * 32 + 64 * 32 + FILE_COMMAND_BYTES, `read ${requested}`);
    assert.equal(f.notes?.length, 64, 'one note for each slice whose commands were cut');
    assert.ok(f.notes?.every((n) => n.code === 'truncated-by-budget'));
    assert.match(f.notes?.[0]?.message ?? '', /load commands cut by the read budget: \d+ of 1048576 read/);
    const read = (f.notes ?? []).map((n) => Number(/: (\d+) of/.exec(n.message)?.[1]));
    assert.ok(read.reduce((a, b) => a + b, 0) <= FILE_MAX_COMMANDS);
    assert.ok(read.every((n) => n * 8 <= DEFAULT_SLICE_BUDGET));
  });

  it('the cut is visible in inspect text and JSON', () => {
    const f = readMachO(worstCaseSource(4, 1 << 16), 'worst');
    assert.match(formatInspect(f), /note truncated-by-budget at 0x[0-9a-f]+: load commands cut by the read budget/);
    const json = toInspectJson(f);
    assert.equal(json.format, 'fat64');
    assert.deepEqual(json.errors, []);
    assert.equal(json.notes?.length, 4);
  });

  it('a file within every budget has no notes', () => {
    const f = readMachO(worstCaseSource(2, 100), 'small');
    assert.deepEqual(f.errors, []);
    assert.equal(f.notes, undefined);
    assert.equal(toInspectJson(f).notes, undefined);
  });
});
