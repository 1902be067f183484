/**
 * One message catalogue: the VS Code layer and the panel take their words from src/core/i18n (checked for zh-cn
 * by test/unit/i18n/catalogue.test.ts); only package.json's contributions use package.nls*.json, as VS Code needs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../../../src/core/i18n';
import { PANEL } from '../../../src/core/i18n/messages/panel';
import { VS } from '../../../src/core/i18n/messages/vscode';

const repo = path.resolve(__dirname, '../../../..');
const read = (p: string) => fs.readFileSync(path.join(repo, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, string>;
const sources = (dir: string) =>
  fs.readdirSync(path.join(repo, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

describe('l10n: one catalogue for every string a user reads', () => {
  it('nothing in src/ calls vscode.l10n, and no l10n bundle is left beside the catalogue', () => {
    for (const f of [...sources('src/vscode'), ...sources('src/webview'), 'src/extension.ts']) assert.doesNotMatch(read(f), /\bl10n\b/, f);
    assert.ok(!fs.existsSync(path.join(repo, 'l10n')));
    assert.equal((JSON.parse(read('package.json')) as { l10n?: string }).l10n, undefined);
  });

  it('src/vscode/strings.ts formats only catalogue messages, each one it names exists', () => {
    const src = read('src/vscode/strings.ts');
    const used = [...src.matchAll(/\bVS\.(\w+)/g)].map((m) => m[1] as string);
    assert.ok(used.length > 40);
    for (const k of used) assert.ok(k in VS, `VS.${k}`);
    assert.doesNotMatch(src, /t\('/, 'no literal message in strings.ts');
  });

  it('the panel speaks the language it is given', () => {
    assert.equal(t(PANEL.verdictError, undefined, 'zh-cn'), '调试将会失败');
    assert.equal(t(PANEL.verdictError, undefined, 'en'), 'Debugging will fail');
    assert.equal(t(VS.launchWillFail, { cause: 'VS Code runs under Rosetta' }, 'en'), 'Go LLDB Doctor: this launch will fail — VS Code runs under Rosetta');
  });

  it('package.json names only keys that package.nls.json and package.nls.zh-cn.json both define', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] ?? '');
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.ok(keys.length > 5);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });
});
