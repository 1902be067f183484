/**
 * Issue 16 item 2: the ELF reader has a work budget. Every section header naming offset 0 of one 256 KiB name
 * table (its only NUL at the end) made each name the whole table, decoded a byte at a time: 64 sections took
 * 9.6 s and 605 MB, 1,024 ran past 120 s and 3.9 GB. Now each name is capped, the whole file has a budget for
 * names, and what was cut is a `truncated-by-budget` note (not damage). Without the fix the 1,024-section case
 * runs past mocha's timeout and no note exists. Also: e_phnum = PN_XNUM with section 0's sh_info = 0 is
 * readelf's "too many program headers" (not "static"), checked against the real readelf on a clang-built file,
 * and a build-info error names a file offset, not a virtual address.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatElf, readElf } from '../../../src/core/elf';
import { FILE_NAME_BYTES } from '../../../src/core/elf/limits';
import { decodeCString, MAX_STRING_BYTES } from '../../../src/core/io/decode';
import { bufferByteSource } from '../macho/memorySource';
import { pointerFormatElf, sentinelled } from '../elf/synth';
import { sameNameElf } from './elfWorstCase';

function noteNumbers(message: string): number[] {
  return [...message.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

describe('hostile: ELF read budgets', () => {
  it('1,024 sections naming one 256 KiB string: names capped, budget noted, the file not malformed', () => {
    const f = readElf(bufferByteSource(sameNameElf(1024)), 'names');
    assert.equal(f.format, 'elf', JSON.stringify(f.errors));
    assert.deepEqual(f.errors, []);
    assert.ok(f.notes?.every((n) => n.code === 'truncated-by-budget'));
    const cut = f.notes?.find((n) => /longer than/.test(n.message));
    const budget = f.notes?.find((n) => /cut by the read budget/.test(n.message));
    assert.ok(cut && budget, JSON.stringify(f.notes));
    const [named = 0, total = 0, max = 0] = noteNumbers(budget.message);
    assert.equal(total, 1024);
    assert.equal(max, FILE_NAME_BYTES);
    assert.ok(named * MAX_STRING_BYTES <= FILE_NAME_BYTES + MAX_STRING_BYTES, `named ${named}`);
    assert.match(formatElf(f), /note truncated-by-budget at 0x1000: section names cut by the read budget: \d+ of 1024 sections named/);
  });

  it('64 sections: every name is cut at the cap and said so once', () => {
    const f = readElf(bufferByteSource(sameNameElf(64)), 'names');
    assert.equal(f.format, 'elf');
    assert.deepEqual(f.notes?.map((n) => n.message), [`64 section names longer than ${MAX_STRING_BYTES} bytes were cut to ${MAX_STRING_BYTES} bytes`]);
  });

  it('the shared decoder: one step, capped, NUL-terminated or cut', () => {
    const b = new Uint8Array(1 << 20).fill(0x41);
    b[b.length - 1] = 0;
    assert.deepEqual(decodeCString(b, 0, b.length, 8), { text: 'AAAAAAAA', cut: true, bytes: 8 });
    assert.equal(decodeCString(b, b.length - 5)?.text, 'AAAA');
    assert.equal(decodeCString(b.subarray(0, 100), 0, 100, 200), undefined, 'no NUL before the end');
    assert.equal(decodeCString(b, 0, b.length, Infinity)?.text.length, b.length - 1);
  });
});

describe('hostile: ELF extended numbering (PN_XNUM) against readelf', () => {
  let dir = '';
  let real = new Uint8Array();
  before(function () {
    if (!fs.existsSync('/usr/bin/clang') || !fs.existsSync('/usr/bin/readelf')) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-xnum-'));
    fs.writeFileSync(path.join(dir, 'c.c'), 'int main(void) { return 0; }\n');
    execFileSync('/usr/bin/clang', ['-o', path.join(dir, 'c'), path.join(dir, 'c.c')], { stdio: 'pipe' });
    real = new Uint8Array(fs.readFileSync(path.join(dir, 'c')));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  /** The real file with e_phnum = 0xffff and section 0's sh_info = `info`, written beside it. */
  function patched(info: number): string {
    const b = new Uint8Array(real);
    const dv = new DataView(b.buffer);
    const shoff = Number(dv.getBigUint64(40, true));
    dv.setUint16(56, 0xffff, true);
    dv.setUint32(shoff + 44, info, true);
    const file = path.join(dir, `xnum-${info}`);
    fs.writeFileSync(file, b);
    return file;
  }

  function readelf(file: string): string {
    return execFileSync('/usr/bin/readelf', ['-lW', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  it('sh_info holds the count: the interpreter readelf names', () => {
    const phnum = new DataView(real.buffer, real.byteOffset).getUint16(56, true);
    const file = patched(phnum);
    const oracle = /Requesting program interpreter: ([^\]]+)\]/.exec(readelf(file))?.[1];
    assert.ok(oracle, 'readelf names an interpreter');
    const f = readElf(bufferByteSource(fs.readFileSync(file)), file);
    assert.equal(f.format, 'elf', JSON.stringify(f.errors));
    assert.equal(f.interpreter, oracle);
  });

  it('sh_info is 0: 65535 program headers, as readelf says, past the end of the file (not "static")', () => {
    const file = patched(0);
    assert.match(readelf(file), /There are 65535 program headers/);
    const f = readElf(bufferByteSource(fs.readFileSync(file)), file);
    assert.equal(f.format, 'malformed');
    assert.equal(f.interpreter, undefined);
    assert.ok(f.errors.some((e) => e.code === 'elf-table-past-end' && /65535 program headers/.test(e.message)), JSON.stringify(f.errors));
  });
});

describe('hostile: ELF build-info errors name file offsets', () => {
  it('an unresolvable string header: the error is at the blob in the file (256), the address only in the text', () => {
    const bytes = pointerFormatElf('go1.16.15', sentinelled('path\tx'), true);
    new DataView(bytes.buffer).setBigUint64(320, 0x900000n, true);
    const f = readElf(bufferByteSource(bytes), 'bad');
    const e = f.errors.find((x) => x.code === 'buildinfo-truncated');
    assert.equal(e?.offset, 256);
    assert.match(e?.message ?? '', /file offset 0x100 \(address 0x400100\)/);
  });
});
