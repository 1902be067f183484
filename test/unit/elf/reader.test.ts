/** The ELF reader on made files: both build info formats and byte orders, and damaged or foreign inputs. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bufferByteSource } from '../macho/memorySource';
import { formatElf, inspectElfPath, readElf } from '../../../src/core/elf';
import { pointerFormatElf, sentinelled } from './synth';

const MOD = 'path\texample.com/old\nmod\texample.com/old\t(devel)\t\nbuild\tGOARCH=arm64\nbuild\tGOOS=linux';

describe('elf reader: made files', () => {
  for (const little of [true, false]) {
    it(`reads pre-1.18 (pointer) build info, ${little ? 'little' : 'big'}-endian`, () => {
      const f = readElf(bufferByteSource(pointerFormatElf('go1.16.15', sentinelled(MOD), little)), 'old');
      assert.equal(f.format, 'elf', JSON.stringify(f.errors));
      assert.equal(f.byteOrder, little ? 'little' : 'big');
      assert.equal(f.goarch, little ? 'arm64' : 'ppc64');
      assert.equal(f.goBuildInfo?.goVersion, 'go1.16.15');
      assert.equal(f.goBuildInfo?.path, 'example.com/old');
      assert.equal(f.goBuildInfo?.settings.GOARCH, 'arm64');
    });
  }

  it('a string header pointing outside every segment is an error, not a guess', () => {
    const bytes = pointerFormatElf('go1.16.15', sentinelled(MOD), true);
    new DataView(bytes.buffer).setBigUint64(320, 0x900000n, true);
    const f = readElf(bufferByteSource(bytes), 'bad');
    assert.equal(f.goBuildInfo, undefined);
    assert.equal(f.format, 'malformed');
    assert.ok(f.errors.some((e) => e.code === 'buildinfo-truncated'));
  });

  it('cuts at every length of the header: never throws, malformed or not ELF', () => {
    const bytes = pointerFormatElf('go1.16.15', sentinelled(MOD), true);
    for (let n = 0; n < 400; n++) {
      const f = readElf(bufferByteSource(bytes.subarray(0, n)), 'cut');
      assert.ok(!f.errors.some((e) => e.code === 'internal-error'), `${n}`);
      if (n < 4) assert.equal(f.format, 'not-elf', `${n}`);
      if (n >= 4 && n < 64) assert.equal(f.format, 'malformed', `${n}`);
    }
  });

  it('bad class and byte order bytes are named', () => {
    const bytes = pointerFormatElf('go1.16.15', sentinelled(MOD), true);
    bytes[4] = 3;
    assert.deepEqual(readElf(bufferByteSource(bytes), 'x').errors.map((e) => e.code), ['elf-bad-class']);
    bytes[4] = 2;
    bytes[5] = 0;
    assert.deepEqual(readElf(bufferByteSource(bytes), 'x').errors.map((e) => e.code), ['elf-bad-data']);
  });

  it('on disk: a directory, a FIFO, a missing file and a Mach-O are each answered without reading them as ELF', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-elf-'));
    assert.equal(inspectElfPath(dir).errno, 'EISDIR');
    assert.equal(inspectElfPath(path.join(dir, 'nope')).errno, 'ENOENT');
    const fifo = path.join(dir, 'fifo');
    execFileSync('/usr/bin/mkfifo', [fifo]);
    assert.equal(inspectElfPath(fifo).format, 'not-elf');
    const macho = path.join(dir, 'm');
    fs.writeFileSync(macho, Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]));
    assert.equal(inspectElfPath(macho).format, 'not-elf');
    assert.match(formatElf(inspectElfPath(macho)), /^Not an ELF file/);
  });
});
