/**
 * Issue 19 item 9: every command of the extension is found by typing "LLDB Doctor" in the palette, in English and
 * in Chinese. VS Code matches a query's words as a contiguous substring of the title, so each title holds the
 * words "LLDB Doctor" together (the palette itself is driven in test/e2e/mac.e2e.mjs and zh.e2e.mjs).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../../..');
const json = (p: string) => JSON.parse(fs.readFileSync(path.join(repo, p), 'utf8')) as Record<string, unknown>;

describe('command titles: one word finds them all', () => {
  const pkg = json('package.json') as { contributes: { commands: { command: string; title: string }[] } };
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`${file}: every contributed command's title contains "LLDB Doctor"`, () => {
      const nls = json(file) as Record<string, string>;
      const titles = pkg.contributes.commands.map((c) => nls[c.title.replace(/^%|%$/g, '')] ?? c.title);
      assert.ok(titles.length >= 5);
      assert.deepEqual(titles.filter((t) => !t.includes('LLDB Doctor')), []);
    });
  }
});
