import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspectPath, readMachO } from '../../../src/core/macho';
import { MACHO_ERRORS as MACHO_ERROR_CODES } from '../../../src/core/i18n/messages/macho';
import { DAMAGED, RecordingSource, damageManifest } from './helpers';

describe('macho reader: damaged files (test/fixtures/macho/damaged)', () => {
  for (const c of damageManifest()) {
    it(`${c.file}: ${c.expect.join(', ') || c.format}`, () => {
      const f = inspectPath(path.join(DAMAGED, c.file));
      const codes = f.errors.map((e) => e.code);
      assert.equal(f.format, c.format);
      for (const code of c.expect) assert.ok(codes.includes(code), `expected ${code}, got ${codes.join(', ')}`);
      assert.equal(f.slices.length, c.slices, 'slices reported before the damage');
      for (const e of f.errors) {
        assert.ok(Number.isSafeInteger(e.offset) && e.offset >= 0, `offset of ${e.code}`);
        assert.ok(e.message.length > 0);
      }
    });
  }

  it('keeps the load commands read before a damaged one', () => {
    const f = inspectPath(path.join(DAMAGED, 'thin-cmdsize-zero'));
    const s = f.slices[0];
    assert.equal(s?.filetype, 'dylib');
    assert.equal(s?.idDylib, undefined, 'LC_ID_DYLIB comes after the damaged third command');
    const g = inspectPath(path.join(DAMAGED, 'thin-rpath-no-nul'));
    assert.deepEqual(g.slices[0]?.dylibs, ['@rpath/libLLVM.dylib', '/usr/lib/libSystem.B.dylib']);
    assert.equal(g.slices[0]?.idDylib, '@rpath/liblldb.dylib');
  });

  it('reads the intact slice of a universal file whose other slice is damaged', () => {
    const f = inspectPath(path.join(DAMAGED, 'fat-in-fat'));
    assert.equal(f.slices[0]?.idDylib, '@rpath/libLLVM.dylib');
    assert.equal(f.slices[1]?.filetype, undefined);
    const g = inspectPath(path.join(DAMAGED, 'fat-slice0-sizeofcmds-lie'));
    assert.equal(g.slices[1]?.idDylib, '@rpath/libLLVM.dylib');
  });

  it('never reads outside the file for any damaged copy', () => {
    for (const c of damageManifest()) {
      const src = new RecordingSource(new Uint8Array(fs.readFileSync(path.join(DAMAGED, c.file))));
      readMachO(src, c.file);
      assert.equal(src.outside, 0, c.file);
    }
  });
});

describe('macho error catalogue', () => {
  it('lists every code the damaged corpus produces', () => {
    for (const c of damageManifest()) {
      for (const e of inspectPath(path.join(DAMAGED, c.file)).errors) assert.ok(e.code in MACHO_ERROR_CODES, e.code);
    }
  });
});
