import * as assert from 'node:assert/strict';
import { readMachO, toInspectJson } from '../../../src/core/macho';
import { bufferByteSource } from './memorySource';
import { extentSource, recordReads } from './recording';
import { VALID_MACHO, loadFixture } from './helpers';

describe('macho capture and replay (snapshot extents)', () => {
  it('replaying the captured extents gives the same result, for every valid fixture', () => {
    for (const name of VALID_MACHO) {
      const bytes = loadFixture(name);
      const rec = recordReads(bufferByteSource(bytes));
      const live = readMachO(rec.source, name);
      const extents = rec.extents();
      const captured = extents.reduce((n, e) => n + e.bytes.length, 0);
      assert.ok(captured <= (live.bytesRead ?? 0), name);
      const replay = readMachO(extentSource(bytes.length, extents), name);
      assert.deepEqual(replay, live, name);
      assert.deepEqual(toInspectJson(replay), toInspectJson(live));
    }
  });

  it('reports bytes that were not captured instead of reading zeros', () => {
    const bytes = loadFixture('dlv-arm64');
    const rec = recordReads(bufferByteSource(bytes));
    readMachO(rec.source, 'dlv', { goBuildInfo: false });
    const replay = readMachO(extentSource(bytes.length, rec.extents()), 'dlv');
    assert.equal(replay.format, 'thin');
    assert.equal(replay.slices[0]?.goBuildInfo, undefined);
    assert.deepEqual(replay.errors.map((e) => e.code), ['read-failed']);
    assert.match(replay.errors[0]?.message ?? '', /not captured/);
  });
});
