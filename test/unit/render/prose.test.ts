/**
 * Issue 19 item 4: a finding's prose has one reading (src/core/text/prose) that every renderer lays out, so a
 * paragraph break never shows as a literal `\n\n` and inline code never as stray backticks: checked here on the
 * function and on every renderer's output for every scenario snapshot (test/fixtures/snapshots, examples/snapshots).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setLang } from '../../../src/core/i18n';
import { inlineRuns, joinParagraphs, plainText, prose, terminalText } from '../../../src/core/text/prose';
import { renderMarkdown, renderText } from '../../../src/core/report/render';
import type { Finding, Report } from '../../../src/core/report/types';
import { diagnoseDir, REPO, SNAPSHOTS } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');
const snapshotDirs = (root: string) => fs.readdirSync(root).filter((n) => fs.existsSync(path.join(root, n, 'machine.json'))).map((n) => path.join(root, n));
const LITERAL_BREAK = /\\n/;

describe('prose: paragraphs and inline code', () => {
  it('splits paragraphs at blank lines and code spans at backticks', () => {
    const p = prose('Run `uname -m` first.\n\nThen `go env`.\n \n\nLast');
    assert.deepEqual(p, [
      [{ text: 'Run ' }, { text: 'uname -m', code: true }, { text: ' first.' }],
      [{ text: 'Then ' }, { text: 'go env', code: true }, { text: '.' }],
      [{ text: 'Last' }],
    ]);
    assert.equal(terminalText(p[0] ?? []), 'Run `uname -m` first.');
    assert.equal(plainText(p[0] ?? []), 'Run uname -m first.');
  });

  it('a lone backtick stays text; control characters are escaped, paragraph breaks are not', () => {
    assert.deepEqual(inlineRuns('a ` b'), [{ text: 'a ` b' }]);
    assert.deepEqual(prose('x\u001b[2J\ny\n\nz'), [[{ text: 'x\\x1b[2J\\ny' }], [{ text: 'z' }]]);
  });

  it('joinParagraphs: only the breaks it puts make paragraphs (a value cannot start one)', () => {
    const joined = joinParagraphs(['one /tmp/a\n\n✔ ok', '', 'two']);
    assert.equal(joined, 'one /tmp/a\n✔ ok\n\ntwo');
    assert.deepEqual(prose(joined).map((p) => plainText(p)), ['one /tmp/a\\n✔ ok', 'two']);
  });
});

describe('prose: every renderer, every scenario snapshot', () => {
  const dirs = [...snapshotDirs(SNAPSHOTS), ...snapshotDirs(EXAMPLES)];
  const byLang = { en: new Map<string, Report>(), 'zh-cn': new Map<string, Report>() };
  const reports = byLang.en;
  before(async function () {
    this.timeout(240_000);
    for (const lang of ['en', 'zh-cn'] as const) {
      setLang(lang);
      for (const d of dirs) byLang[lang].set(d, await diagnoseDir(d));
    }
    setLang('en');
  });
  afterEach(() => setLang('en'));

  it('covers both folders and a multi-paragraph detail', () => {
    assert.ok(dirs.length > 30, `${dirs.length} snapshots`);
    const multi = [...reports.values()].flatMap((r) => r.findings).filter((f) => prose(f.detail).length > 1);
    assert.ok(multi.length > 0, 'some detail has paragraphs');
  });

  for (const lang of ['en', 'zh-cn'] as const) {
    it(`${lang}: the text report has no literal \\n and balanced backticks in each finding`, () => {
      setLang(lang);
      for (const [d, r] of byLang[lang]) {
        const out = renderText(r, { color: false });
        const findings = out.split(/\n(?=\d+\. [✖⚠ℹ])/).slice(1);
        assert.equal(findings.length, r.findings.length, d);
        for (const block of findings) {
          assert.doesNotMatch(block, LITERAL_BREAK, `${path.basename(d)}:\n${block}`);
          assert.equal((block.match(/`/g) ?? []).length % 2, 0, `${path.basename(d)}: stray backtick in\n${block}`);
        }
      }
    });

    it(`${lang}: the Markdown report has no literal \\n and no escaped backtick (code is a code span)`, () => {
      setLang(lang);
      for (const [d, r] of byLang[lang]) {
        const md = renderMarkdown(r).split('<details>')[0] as string;
        assert.doesNotMatch(md, LITERAL_BREAK, path.basename(d));
        assert.doesNotMatch(md, /\\`/, `${path.basename(d)}: an escaped backtick shows literally`);
      }
    });
  }

  it('the panel (webview/prose.ts lays these runs out): every paragraph, title and evidence line it shows is runs without backticks or line breaks', () => {
    const shown = (f: Finding) => [f.title, f.detail, ...f.evidence, ...f.fixes.flatMap((x) => [x.title, x.kind === 'manual' ? (x.detail ?? '') : ''])];
    for (const [d, r] of reports) {
      for (const f of r.findings) {
        for (const text of shown(f)) {
          for (const p of prose(text)) {
            for (const run of p) assert.doesNotMatch(run.text, run.code ? /`|\n/ : /\n|\\n/, `${path.basename(d)} ${f.code}: ${JSON.stringify(run)}`);
          }
        }
      }
    }
  });
});
