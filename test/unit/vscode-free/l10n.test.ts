import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../../..');
const read = (p: string) => fs.readFileSync(path.join(repo, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, string>;

/** The literal messages of every `t('…')` call in strings.ts (the one file that holds them). */
function messages(): string[] {
  const src = read('src/vscode/strings.ts');
  const out: string[] = [];
  for (const m of src.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)) out.push((m[1] ?? '').replace(/\\'/g, "'"));
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('l10n: every user-facing string ships in English and Simplified Chinese', () => {
  it('strings.ts is the only place in src/vscode that calls l10n.t', () => {
    const dir = path.join(repo, 'src/vscode');
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && f !== 'strings.ts');
    for (const f of files) assert.ok(!/l10n\.t\(/.test(fs.readFileSync(path.join(dir, f), 'utf8')), f);
  });

  it('bundle.l10n.json and bundle.l10n.zh-cn.json hold each message with its placeholders', () => {
    const en = json('l10n/bundle.l10n.json');
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    const msgs = messages();
    assert.ok(msgs.length > 40);
    for (const m of msgs) {
      assert.equal(en[m], m, `bundle.l10n.json: ${m}`);
      assert.ok(zh[m] && zh[m] !== '', `bundle.l10n.zh-cn.json lacks: ${m}`);
      assert.deepEqual(placeholders(zh[m] ?? ''), placeholders(m), `placeholders of: ${m}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
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
