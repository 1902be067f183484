/**
 * Issue 9 item 8: a replayed snapshot whose command output holds terminal escapes (clear screen, a window title,
 * a forged "✔ ok" line) is shown with those characters escaped in the text and Markdown reports, and kept
 * exactly in the JSON report.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import type { Report } from '../../../src/core/report/types';
import { escapeControl, escapeValues, stringifyJson } from '../../../src/core/text';
import { SNAPSHOTS } from '../diagnose/helpers';

const FORGED = '\u001b[2J\u001b[H\u001b]0;pwned\u0007\r\n✔ ok\u009b31m\u202e';
/** Any control character a terminal acts on, outside the SGR colour sequences the renderer adds itself. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function cli(args: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY };
  const code = await main(args, io);
  return { code, out, err };
}

function hostileSnapshot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-escape-'));
  fs.cpSync(path.join(SNAPSHOTS, 'healthy-apple-silicon'), dir, { recursive: true, verbatimSymlinks: true });
  const file = path.join(dir, 'machine.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { commands: { argv: string[]; stdout: string }[] };
  for (const c of m.commands) {
    if (c.argv[0] === 'sw_vers') c.stdout = `14.5${FORGED}\n`;
    if (c.argv[1] === 'env' && c.argv[2] === '-json') {
      const env = JSON.parse(c.stdout) as Record<string, string>;
      env.GOVERSION = `go1.22.5${FORGED}`;
      c.stdout = JSON.stringify(env);
    }
  }
  fs.writeFileSync(file, JSON.stringify(m));
  return dir;
}

describe('hostile: control characters in report values', () => {
  let dir: string;
  before(() => (dir = hostileSnapshot()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the escaper shows every control character and bidi override, and leaves plain text alone', () => {
    assert.equal(escapeControl('a\u001b[2Jb\u0007\n\r\t\u000f\u007f\u009b\u202e\u2066'), 'a\\x1b[2Jb\\x07\\n\\r\\t\\x0f\\x7f\\x9b\\u202e\\u2066');
    assert.equal(escapeControl('/Users/dév/go/bin/dlv ✔'), '/Users/dév/go/bin/dlv ✔');
    assert.deepEqual(escapeValues({ 'k\n': ['\u0007', 3, true, null] }), { 'k\\n': ['\\x07', 3, true, null] });
    assert.deepEqual(JSON.parse(stringifyJson({ s: '\u009b\u202e\u001b' })), { s: '\u009b\u202e\u001b' });
    assert.doesNotMatch(stringifyJson({ s: '\u009b\u202e\u001b' }), RAW_CONTROL);
  });

  it('text report: the forged escapes are shown, not acted on, and forge no line', async () => {
    const r = await cli(['diagnose', '--snapshot', dir]);
    assert.doesNotMatch(r.out, RAW_CONTROL);
    assert.ok(r.out.includes('\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\\r\\n✔ ok\\x9b31m\\u202e'), r.out);
    assert.deepEqual(r.out.split('\n').filter((l) => /^\s*✔/.test(l)), [], 'a line that starts with the forged verdict');
  });

  it('text report in colour: the only escapes are the SGR colours of the renderer', async () => {
    const r = await cli(['diagnose', '--snapshot', dir], true);
    const withoutSgr = r.out.replace(/\u001b\[\d+m/g, '');
    assert.doesNotMatch(withoutSgr, RAW_CONTROL);
  });

  it('Markdown report: no raw control character; JSON keeps the exact values', async () => {
    const md = await cli(['diagnose', '--snapshot', dir, '--markdown']);
    assert.doesNotMatch(md.out, RAW_CONTROL);
    const json = await cli(['diagnose', '--snapshot', dir, '--json']);
    assert.doesNotMatch(json.out, RAW_CONTROL);
    const report = JSON.parse(json.out) as Report;
    assert.equal(report.host.osVersion, `14.5${FORGED}`);
  });

  it('CLI errors escape the argument they name', async () => {
    const r = await cli(['inspect', '--\u001b]0;x\u0007']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.err, RAW_CONTROL);
    assert.match(r.err, /unknown flag --\\x1b\]0;x\\x07/);
  });
});
