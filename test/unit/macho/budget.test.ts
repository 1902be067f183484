import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspectPath, readMachO } from '../../../src/core/macho';
import { DEFAULT_SLICE_BUDGET } from '../../../src/core/macho/limits';
import { RecordingSource, loadFixture } from './helpers';

/** Writes a sparse universal file: the thin fixtures at offsets `spacing` apart. */
function sparseUniversal(file: string, thin: [string, number, number][], spacing: number): void {
  const fd = fs.openSync(file, 'w');
  const header = Buffer.alloc(8 + 20 * thin.length);
  header.writeUInt32BE(0xcafebabe, 0);
  header.writeUInt32BE(thin.length, 4);
  thin.forEach(([name, cputype, subtype], i) => {
    const offset = 16384 + i * spacing;
    header.writeUInt32BE(cputype, 8 + i * 20);
    header.writeUInt32BE(subtype, 12 + i * 20);
    header.writeUInt32BE(offset, 16 + i * 20);
    header.writeUInt32BE(spacing, 20 + i * 20);
    header.writeUInt32BE(14, 24 + i * 20);
    const bytes = loadFixture(name);
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
  });
  fs.writeSync(fd, header, 0, header.length, 0);
  fs.ftruncateSync(fd, 16384 + thin.length * spacing);
  fs.closeSync(fd);
}

describe('macho reader: read budget', () => {
  it('reads a few KiB of a 200 MiB universal dylib, at most 64 KiB per slice', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macho-big-'));
    try {
      const file = path.join(dir, 'liblldb.dylib');
      sparseUniversal(file, [['liblldb-x86_64.dylib', 0x01000007, 3], ['liblldb-arm64.dylib', 0x0100000c, 0]], 100 * 1024 * 1024);
      const f = inspectPath(file);
      assert.deepEqual(f.errors, []);
      assert.deepEqual(f.slices.map((s) => s.idDylib), ['@rpath/liblldb.dylib', '@rpath/liblldb.dylib']);
      assert.ok((f.size ?? 0) > 200 * 1024 * 1024);
      assert.ok((f.bytesRead ?? Infinity) <= DEFAULT_SLICE_BUDGET * f.slices.length, `read ${f.bytesRead}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cuts load commands above the per-slice budget, keeps what it read, and notes the cut (not malformed)', () => {
    const src = new RecordingSource(loadFixture('liblldb-arm64.dylib'));
    const f = readMachO(src, 'x', { perSliceBudget: 256 });
    assert.deepEqual(f.errors, []);
    assert.equal(f.format, 'thin');
    assert.equal(f.slices[0]?.arch, 'arm64');
    assert.deepEqual(f.notes?.map((n) => n.code), ['truncated-by-budget']);
    assert.match(f.notes?.[0]?.message ?? '', /load commands cut by the read budget: \d+ of \d+ read/);
    assert.ok(src.total <= 32 + 256, `read ${src.total}`);
  });

  it('caps an implausible sizeofcmds at the budget and says so', () => {
    const bytes = loadFixture('liblldb-arm64.dylib');
    const patches = new Map([[16, 0xff], [17, 0xff], [18, 0xff], [19, 0x00]]); // ncmds 0xffffff: cannot fit
    const src = new RecordingSource(bytes, bytes.length, patches);
    const f = readMachO(src, 'x', { perSliceBudget: 1024 });
    assert.ok(f.errors.some((e) => e.code === 'ncmds-exceeds-sizeofcmds'));
    assert.deepEqual(f.notes?.map((n) => n.code), ['truncated-by-budget']);
    assert.ok(src.total <= 32 + 1024 + 64 * 1024, `read ${src.total}`);
    assert.equal(f.slices[0]?.arch, 'arm64');
  });
});
