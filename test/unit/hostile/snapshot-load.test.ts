/**
 * Items 6 and 12 of issue #9: a `.sparse.json` of 300k adjacent extents replays quickly (merge in O(n log n)),
 * snapshot files have size caps, and a machine.json with a field of the wrong type or a path component too long
 * for a file name is refused in one line naming the field (CLI exit 2), never a `launch-failed` report.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeExtents, parseSparse, sparseSource } from '../../../src/core/snapfile/sparse';
import { cleanTmp, cli, copySnapshot } from './io-helpers';

type Cmd = { argv: string[]; stdout?: unknown; exitCode?: unknown };

describe('hostile: snapshot files (issue #9 items 6 and 12)', () => {
  after(cleanTmp);

  it('merges 300k adjacent extents (given in reverse order) into one', () => {
    const n = 300_000;
    const list = Array.from({ length: n }, (_, i) => ({ start: (n - 1 - i) * 4, bytes: Buffer.from([i & 255, 1, 2, 3]) }));
    const merged = mergeExtents(list);
    assert.equal(merged.length, 1);
    assert.equal(merged[0]?.bytes.length, n * 4);
    assert.equal(merged[0]?.bytes[0], (n - 1) & 255);
  });

  it('keeps the later extent where two overlap, and reads only what was captured', () => {
    const f = parseSparse({ size: 20, extents: [{ offset: 0, base64: Buffer.from('aaaa').toString('base64') }, { offset: 2, base64: Buffer.from('bb').toString('base64') }, { offset: 10, base64: Buffer.from('cc').toString('base64') }] });
    assert.ok(typeof f !== 'string');
    const src = sparseSource(f, 'x');
    assert.equal(Buffer.from(src.read(0, 4) as Uint8Array).toString(), 'aabb');
    assert.equal(Buffer.from(src.read(10, 2) as Uint8Array).toString(), 'cc');
    assert.ok(src.read(3, 3) instanceof Error);
    assert.ok(src.read(9, 2) instanceof Error);
  });

  const cases: [string, (m: Record<string, unknown>) => void, RegExp][] = [
    ['"stdout": 5', (m) => ((m.commands as Cmd[])[2] as Cmd).stdout = 5, /commands\[2\]\.stdout must be a string/],
    ['"exitCode": "0"', (m) => ((m.commands as Cmd[])[1] as Cmd).exitCode = '0', /commands\[1\]\.exitCode must be an integer/],
    ['a 250-character path component', (m) => ((m.vscode as Record<string, unknown>).workspaceFolder = `/Users/${'d'.repeat(250)}`), /vscode\.workspaceFolder has a path component longer than/],
    ['a 250-character setting path', (m) => ((m.vscode as Record<string, unknown>).settings = { 'go.alternateTools': { dlv: `/${'d'.repeat(250)}` } }), /vscode\.settings\.go\.alternateTools\.dlv has a path component/],
    ['a command that is not an object', (m) => (m.commands as unknown[]).push(7), /commands\[\d+\] must be an object/],
  ];
  for (const [what, edit, re] of cases) {
    it(`refuses ${what} in one line naming the field, exit 2`, async () => {
      const dir = copySnapshot('rosetta-vscode', edit);
      const r = await cli(['--snapshot', dir, '--json']);
      assert.equal(r.code, 2, r.out);
      assert.match(r.err, re);
      assert.match(r.err, /machine\.json:\d+:\d+: /);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.ok(!r.out.includes('launch-failed'));
    });
  }

  it('refuses a machine.json or .sparse.json past its size cap, and a .sparse.json symlinked to /dev/zero', async () => {
    const dir = copySnapshot('rosetta-vscode');
    const big = path.join(dir, 'machine.json');
    const text = fs.readFileSync(big, 'utf8');
    fs.writeFileSync(big, text.replace(/\}\s*$/, `, "pad": "${'x'.repeat(33 << 20)}"}`));
    const r = await cli(['--snapshot', dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /larger than \d+ bytes/);
    const dir2 = copySnapshot('rosetta-vscode');
    const sparse = (function find(d: string): string | undefined {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          const hit = find(p);
          if (hit) return hit;
        } else if (e.name.endsWith('.sparse.json')) return p;
      }
      return undefined;
    })(path.join(dir2, 'root'));
    assert.ok(sparse);
    fs.rmSync(sparse);
    fs.symlinkSync('/dev/zero', sparse);
    const r2 = await cli(['--snapshot', dir2, '--json']);
    assert.ok(r2.code === 0 || r2.code === 1, r2.err);
  });
});

describe('hostile: a .sparse.json whose base64 is not base64', () => {
  it('is refused instead of reading as zeros', () => {
    assert.match(String(parseSparse({ size: 8, extents: [{ offset: 0, base64: 'AA!A' }] })), /not base64/);
    assert.match(String(parseSparse({ size: 8, extents: [{ offset: 0, base64: 'AAA' }] })), /not base64/);
  });
});
