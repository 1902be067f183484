import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { placeholders, t, withArticle, type Message } from '../../../src/core/i18n';
import { diagnoseDir, REPO } from '../diagnose/helpers';

describe('i18n: English articles', () => {
  it('{name|a} puts "a" or "an" before the value, as it is read aloud; zh has none', () => {
    const m: Message = { en: 'dlv builds {arch|a} program', zh: 'dlv 构建 {arch} 程序' };
    assert.equal(t(m, { arch: 'amd64' }, 'en'), 'dlv builds an amd64 program');
    assert.equal(t(m, { arch: '386' }, 'en'), 'dlv builds a 386 program');
    assert.equal(t(m, { arch: 'amd64' }, 'zh-cn'), 'dlv 构建 amd64 程序');
    assert.deepEqual(placeholders(m.en), placeholders(m.zh));
    const cases: [string, string][] = [
      ['arm64', 'an arm64'], ['x86_64', 'an x86_64'], ['s390x', 'an s390x'], ['unknown', 'an unknown'],
      ['ppc64', 'a ppc64'], ['riscv64', 'a riscv64'], ['universal', 'a universal'], ['wasm', 'a wasm'], ['mips', 'a mips'],
      ['loong64', 'a loong64'], ['i386', 'an i386'],
    ];
    for (const [w, want] of cases) assert.equal(withArticle(w), want);
  });
});

describe('i18n: articles in the findings', () => {
  it('the blog-goarch-amd64 Mac reads "builds an amd64 program", never "a amd64"', async () => {
    const report = await diagnoseDir(path.join(REPO, 'examples/snapshots/blog-goarch-amd64'));
    const text = report.findings.map((f) => `${f.title}\n${f.detail}`).join('\n');
    assert.match(text, /builds an amd64 program/);
    assert.doesNotMatch(text, /\ba (amd64|arm64|x86_64)\b/);
  });
});
