import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t, type Message } from '../../../src/core/i18n';
import { placeholders } from './placeholders';
import { LINUX } from '../../../src/core/i18n/messages/linux';
import { mismatchNames } from '../../../src/core/arch/names';
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
    for (const [w, want] of cases) assert.equal(t({ en: '{w|a}', zh: '{w}' }, { w }, 'en'), want);
    assert.equal(t({ en: '{w|A} Delve', zh: '{w} Delve' }, { w: 'arm64' }, 'en'), 'An arm64 Delve');
    assert.equal(t({ en: '{w|A} Delve', zh: '{w} Delve' }, { w: '386' }, 'en'), 'A 386 Delve');
  });

  it('no English text writes its own article before a placeholder: "a {arch}" is always {arch|a}', () => {
    const dir = path.join(__dirname, '../../../src/core/i18n/messages');
    const bad: string[] = [];
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- every compiled message file, found by listing
      const mod = require(path.join(dir, f)) as Record<string, Record<string, Message>>;
      for (const [exp, table] of Object.entries(mod)) {
        for (const [key, m] of Object.entries(table ?? {})) if (typeof m?.en === 'string' && /\b[Aa]n? \{\w+\}/.test(m.en)) bad.push(`${f}:${exp}.${key}: ${m.en.slice(0, 80)}`);
      }
    }
    assert.deepEqual(bad, []);
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

describe('i18n: articles and direction on Linux', () => {
  it('the QEMU container on an arm64 kernel reads "on an aarch64 kernel" and names the forced amd64 platform', async () => {
    const report = await diagnoseDir(path.join(REPO, 'examples/snapshots/linux-qemu-amd64-container'));
    const f = report.findings.find((x) => x.code === 'linux-emulated');
    assert.ok(f);
    assert.match(f.detail, /on an aarch64 kernel/);
    assert.match(f.detail, /dropping the amd64 platform/);
    const image = f.fixes.find((x) => x.kind === 'manual' && /multi-arch/i.test(x.detail ?? ''));
    assert.match(image?.kind === 'manual' ? (image.detail ?? '') : '', /published for amd64 only, ask for or build an arm64 variant/);
  });

  it('the other direction (an arm64 userland on an amd64 kernel) is named from the facts, never a fixed amd64', () => {
    const words = mismatchNames('amd64', 'arm64');
    assert.match(t(LINUX.whyNative, words, 'en'), /Why the linux\/amd64 image .* dropping the arm64 platform is enough/);
    assert.match(t(LINUX.fixPlatformImageDetail, words, 'en'), /once no arm64 platform is forced\. For an image published for arm64 only, ask for or build an amd64 variant/);
    assert.match(t(LINUX.fixPlatformImageDetail, words, 'zh-cn'), /不再强制 arm64 平台后会自动选择 linux\/amd64/);
    // From text alone (explain, the DAP watch), the forced CPU is the other one of the pair.
    assert.deepEqual(mismatchNames('arm64', undefined), { platform: 'linux/arm64', forced: 'amd64', native: 'arm64' });
  });
});
