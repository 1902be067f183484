/**
 * Issue 16 item 5: one writer for the terminal. Everything the CLI writes passes through cli/io.ts's terminalText
 * (main wraps the Io it is given), so a replayed snapshot or a path holding `ESC ] 0 ; … BEL ESC [ 2J` prints as
 * text; and lint forbids any other write to stdout/stderr in src.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { terminalIo } from '../../../src/cli/io';
import { cleanTmp, cli, copySnapshot, tmpDir } from './io-helpers';

/** What the CLI's writer puts on the terminal for `s` (through terminalIo, as main wraps every Io). */
function terminalText(s: string): string {
  let out = '';
  terminalIo({ out: (x) => (out += x), err: () => undefined }).out(s);
  return out;
}

const EVIL = '\u001b]0;PWNED\u0007\u001b[2J\u001b[3J\r\u009b31m\u202e';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile: the CLI writes to the terminal through one escaping writer (issue 16 item 5)', () => {
  after(cleanTmp);

  it('terminalText keeps newlines, tabs and colour codes, and shows every other control character', () => {
    assert.equal(terminalText('a\tb\n\u001b[31mred\u001b[0m'), 'a\tb\n\u001b[31mred\u001b[0m');
    assert.equal(terminalText(EVIL), '\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[3J\\r\\x9b31m\\u202e');
    assert.equal(terminalText(terminalText(EVIL)), terminalText(EVIL));
  });

  it('snapshot errors that name a hostile path or a hostile snapshot value print no raw control character', async () => {
    const base = tmpDir();
    const file = path.join(base, `out${EVIL}`);
    fs.writeFileSync(file, 'mine');
    const refused = await cli(['snapshot', file, '--snapshot', copySnapshot('healthy-apple-silicon')]);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /\\x1b\]0;PWNED\\x07/);
    const src = copySnapshot('healthy-apple-silicon', (m) => {
      (m.vscode as Record<string, unknown>).launchJson = JSON.stringify({ configurations: [{ name: 'x', type: 'go', request: 'launch', mode: 'exec', program: `/${EVIL}${'p'.repeat(300)}` }] });
      (m.vscode as Record<string, unknown>).launchConfigName = 'x';
    });
    const noConfig = await cli(['snapshot', path.join(base, 'o1'), '--snapshot', src, '--config', `c${EVIL}`]);
    assert.equal(noConfig.code, 2);
    const captured = await cli(['snapshot', path.join(base, 'o2'), '--snapshot', src]);
    for (const r of [refused, noConfig, captured]) {
      assert.doesNotMatch(r.err, RAW, r.err);
      assert.doesNotMatch(r.out, RAW, r.out);
    }
  });

  it('lint forbids writing to stdout/stderr or console anywhere in src but the one writer', async () => {
    const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../../..') });
    const code = 'process.stdout.write("x");\nprocess.stderr.write("y");\nconsole.log("z");\nexport {};\n';
    for (const file of ['src/core/report/x.ts', 'src/cli/snapshot.ts', 'src/cli.ts']) {
      const [r] = await eslint.lintText(code, { filePath: file });
      const rules = (r?.messages ?? []).map((m) => m.ruleId);
      assert.deepEqual(rules, ['no-restricted-properties', 'no-restricted-properties', 'no-console'], file);
    }
    const [own] = await eslint.lintText(code, { filePath: 'src/cli/io.ts' });
    assert.deepEqual((own?.messages ?? []).map((m) => m.ruleId), ['no-console']);
  });
});
