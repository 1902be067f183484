/**
 * Issue 9 item 8: `inspect` of a Mach-O whose dylib names hold ESC, an OSC window title, BEL, newlines and a bidi
 * override prints them escaped (no raw control character, no forged line) and keeps them exactly in --json.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { synthWithDylibs } from '../macho/synth';

const NAMES = [
  '/usr/lib/libSystem.B.dylib\u001b[2J\u001b[H',
  '@rpath/lib\u001b]0;pwned title\u0007x.dylib',
  '/tmp/a.dylib\nNon-fat file: /bin/sh is architecture: arm64',
  '/tmp/\u202egnp.dylib\r\u0008\u009b1m',
];
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (out += s), isTTY: true };
  return { code: await main(args, io), out };
}

describe('hostile: control characters in Mach-O names', () => {
  let file: string;
  before(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-inspect-')), 'lib\u001b[31mevil.dylib');
    fs.writeFileSync(file, synthWithDylibs(NAMES));
  });
  after(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

  it('text: every name on its own `load` line, escaped', async () => {
    const r = await cli(['inspect', file]);
    assert.equal(r.code, 0, r.out);
    assert.doesNotMatch(r.out, RAW_CONTROL);
    const loads = r.out.split('\n').filter((l) => l.trimStart().startsWith('load '));
    assert.equal(loads.length, NAMES.length);
    assert.ok(loads[1]?.includes('@rpath/lib\\x1b]0;pwned title\\x07x.dylib'), loads[1]);
    assert.ok(loads[2]?.includes('/tmp/a.dylib\\nNon-fat file'), loads[2]);
    assert.equal(r.out.split('\n').filter((l) => l.startsWith('Non-fat file')).length, 1, 'a forged lipo line');
    assert.ok(r.out.includes('lib\\x1b[31mevil.dylib'), 'the path itself is escaped');
  });

  it('--json: the exact names, with no raw control character in the text', async () => {
    const r = await cli(['inspect', '--json', file]);
    assert.doesNotMatch(r.out, RAW_CONTROL);
    const [f] = JSON.parse(r.out) as { slices: { dylibs: string[] }[] }[];
    assert.deepEqual(f?.slices[0]?.dylibs, NAMES);
  });
});

describe('hostile: control characters in an ELF file name and its interpreter', () => {
  let file: string;
  before(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-elf-')), 'dlv\u001b[2J\nNot an ELF file: x');
    fs.copyFileSync('/usr/bin/dlv', file);
  });
  after(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

  it('text: the path is escaped, no line is forged', async () => {
    const r = await cli(['inspect', file]);
    assert.equal(r.code, 0, r.out);
    assert.doesNotMatch(r.out, RAW_CONTROL);
    assert.ok(r.out.includes('dlv\\x1b[2J\\nNot an ELF file: x'), r.out);
    assert.equal(r.out.split('\n').filter((l) => l.startsWith('Not an ELF file')).length, 0, 'a forged line');
  });
});
