/**
 * Item 10 of issue #16: every field of machine.json that can name a file is checked for a path component too long
 * for a file name. 250-byte components in launch.envFile, launch.cwd, a settingsByScope value, env.PATH,
 * env.GOROOT and the program inside vscode.launchJson were diagnosed (exit 1) and broke the next capture with
 * ENAMETOOLONG; they get the one-line error (exit 2) the other fields get. A component at the limit still loads.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { MAX_COMPONENT_BYTES } from '../../../src/core/snapfile/pathFields';
import { captureSnapshot } from '../../../src/core/capture/capture';
import { inputOf } from '../diagnose/helpers';
import { cleanTmp, cli, copySnapshot, tmpDir } from './io-helpers';

type M = Record<string, unknown> & { env: Record<string, string>; vscode: Record<string, unknown> };
const launchOf = (m: M): Record<string, unknown> => m.vscode.launch as Record<string, unknown>;

/** Each path field, with how to put `part` (one path component) into it and the field the error must name. */
const FIELDS: [string, (m: M, part: string) => void, RegExp][] = [
  ['launch.envFile', (m, p) => (launchOf(m).envFile = `/Users/dev/hello/${p}/.env`), /vscode\.launch\.envFile has a path component longer than 243 bytes/],
  ['launch.cwd', (m, p) => (launchOf(m).cwd = `/Users/dev/${p}`), /vscode\.launch\.cwd has a path component/],
  ['launch.env.DELVE_DEBUGSERVER_PATH', (m, p) => (launchOf(m).env = { DELVE_DEBUGSERVER_PATH: `/opt/${p}/debugserver` }), /vscode\.launch\.env\.DELVE_DEBUGSERVER_PATH has a path component/],
  ['settingsByScope', (m, p) => (m.vscode.settingsByScope = { workspace: { 'go.goroot': `/Users/dev/${p}` } }), /vscode\.settingsByScope\.workspace\.go\.goroot has a path component/],
  ['settings lldbPaths', (m, p) => (m.vscode.settings = { 'goLldbDoctor.lldbPaths': ['/usr/bin/lldb', `/x/${p}/lldb`] }), /vscode\.settings\.goLldbDoctor\.lldbPaths\.1 has a path component/],
  ['env.PATH', (m, p) => (m.env.PATH = `/usr/bin:/opt/${p}/bin:/bin`), /env\.PATH has a path component/],
  ['env.GOROOT', (m, p) => (m.env.GOROOT = `/usr/local/${p}`), /env\.GOROOT has a path component/],
  ['launchJson program', (m, p) => {
    m.vscode.launchJson = JSON.stringify({ version: '0.2.0', configurations: [{ name: 'x', type: 'go', request: 'launch', mode: 'debug', program: `/Users/dev/hello/${p}/main.go` }] });
    m.vscode.launchConfigName = 'x';
  }, /vscode\.launchJson\.configurations\.0\.program has a path component/],
  ['execPath', (m, p) => (m.execPath = `/Applications/${p}/Code`), /execPath has a path component/],
];

async function load(i: number, part: string): Promise<{ code: number; err: string; out: string }> {
  const [, put] = FIELDS[i] as (typeof FIELDS)[number];
  const dir = copySnapshot('rosetta-vscode', (m) => put(m as M, part));
  return cli(['--snapshot', dir, '--json']);
}

describe('hostile: every path field of machine.json (issue #16 item 10)', function () {
  this.timeout(60_000);
  after(cleanTmp);

  for (const [i, [what, , re]] of FIELDS.entries()) {
    it(`a 250-byte component in ${what}: one line naming the field, exit 2`, async () => {
      const r = await load(i, 'd'.repeat(250));
      assert.equal(r.code, 2, r.out);
      assert.match(r.err, re);
      assert.match(r.err, /machine\.json:\d+:\d+: /);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    });
  }

  it('a component at the limit loads, and the snapshot captures again and reloads (the limit leaves room for .sparse.json)', async () => {
    for (const [what, put] of FIELDS) {
      const dir = copySnapshot('rosetta-vscode', (m) => put(m as M, 'd'.repeat(MAX_COMPONENT_BYTES)));
      const out = path.join(tmpDir('hostile-recapture-'), 'snap');
      await captureSnapshot(inputOf(dir), out);
      const again = await cli(['--snapshot', out, '--json']);
      assert.ok(again.code === 0 || again.code === 1, `${what}: ${again.err}`);
    }
  });

  it('property: any field, any component length: refused exactly when a component passes the limit (bytes, not characters)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: FIELDS.length - 1 }), fc.integer({ min: MAX_COMPONENT_BYTES - 3, max: MAX_COMPONENT_BYTES + 3 }), fc.boolean(), async (i, bytes, wide) => {
        // 'é' is 2 bytes in UTF-8: the same byte length in half the characters.
        const part = wide ? 'é'.repeat(Math.floor(bytes / 2)) + 'd'.repeat(bytes % 2) : 'd'.repeat(bytes);
        const r = await load(i, part);
        if (bytes > MAX_COMPONENT_BYTES) {
          assert.equal(r.code, 2, `${FIELDS[i]?.[0]} ${bytes}: ${r.err}`);
          assert.match(r.err, (FIELDS[i] as (typeof FIELDS)[number])[2]);
        } else assert.ok(!/path component/.test(r.err), `${FIELDS[i]?.[0]} ${bytes}: ${r.err}`);
      }),
      { numRuns: 40 },
    );
  });
});
