import * as assert from 'node:assert/strict';
import { renderJson, renderMarkdown, renderText } from '../../../src/core/report/render';
import type { Report } from '../../../src/core/report/types';
import { sampleReport } from './sample';

const ANSI = /\u001b\[/;

describe('render: text', () => {
  it('shows verdict, host, components, findings with evidence and numbered fixes', () => {
    const out = renderText(sampleReport(), { color: false });
    assert.ok(out.startsWith('go-lldb-doctor: ✖ error (1 error, 1 info)\n'));
    assert.ok(out.includes('Host: platform darwin, hardware arm64, process x64 (translated by Rosetta), macOS 14.5'));
    assert.match(out, /^ {2}liblldb +ok +arm64 +\/opt\/homebrew\/opt\/llvm\/lib\/liblldb\.dylib$/m);
    assert.ok(out.includes('      $ lipo -archs /opt/homebrew/opt/llvm/lib/liblldb.dylib'));
    assert.ok(out.includes('1. ✖ ERROR VS Code runs under Rosetta [vscode-translated, vscode]'));
    assert.ok(out.includes('2. ℹ INFO Homebrew LLVM'));
    assert.ok(out.includes('     sysctl.proc_translated = 1'));
    assert.ok(out.includes('     2. Run dlv as arm64\n          settings.json ["go.alternateTools","dlv"]: set to "/Users/dev/go/bin/dlv-arm64" (user settings)'));
    assert.ok(out.includes('     3. Enable developer mode\n          $ sudo DevToolsSecurity -enable'));
    assert.doesNotMatch(out, ANSI);
  });

  it('lays out the paragraphs of a detail with a blank line between them, never a literal \\n', () => {
    const r = sampleReport();
    (r.findings[0] as { detail: string }).detail = 'First `uname -m`.\n\nSecond.';
    const out = renderText(r, { color: false });
    assert.ok(out.includes('\n   First `uname -m`.\n\n   Second.\n'), out);
    assert.doesNotMatch(out, /\\n/);
  });

  it('colours only when asked', () => {
    assert.match(renderText(sampleReport(), { color: true }), ANSI);
  });

  it('wraps prose at the width', () => {
    const r = sampleReport();
    (r.findings[0] as { detail: string }).detail = 'word '.repeat(60);
    const lines = renderText(r, { color: false, width: 40 }).split('\n').filter((l) => l.includes('word'));
    assert.ok(lines.length > 5 && lines.every((l) => l.length <= 40));
  });

  it('an ok report with nothing in it', () => {
    const ok: Report = { format: 'go-lldb-doctor-report/1', verdict: 'ok', host: { platform: 'unknown', processArch: 'unknown' }, components: [], findings: [] };
    assert.equal(renderText(ok, { color: false }), 'go-lldb-doctor: ✔ ok (no findings)\nHost: platform unknown, hardware unknown\n');
  });
});

describe('render: Markdown', () => {
  const md = renderMarkdown(sampleReport());

  it('has headings, a components table and findings', () => {
    assert.ok(md.startsWith('## go-lldb-doctor: ✖ error (1 error, 1 info)\n'));
    assert.ok(md.includes('| Component | Status | Architectures | Path |\n|---|---|---|---|\n'));
    assert.ok(md.includes('| liblldb | ok | `arm64` | `/opt/homebrew/opt/llvm/lib/liblldb.dylib` |'));
    assert.ok(md.includes('### 1. ✖ error: VS Code runs under Rosetta'));
    assert.ok(md.includes('3. Enable developer mode: `sudo DevToolsSecurity -enable`'));
  });

  it('escapes pipes and backticks in table cells', () => {
    const row = md.split('\n').find((l) => l.startsWith('| dlv '));
    assert.equal(row, '| dlv | mismatch | `x86_64` | ``/Users/dev/go/bin/dl\\|v`x`` |');
    // every table row keeps four cells
    for (const l of md.split('\n').filter((x) => x.startsWith('| '))) assert.equal(l.split(/(?<!\\)\|/).length, 6, l);
  });

  // Evidence was a fenced block, which showed the backticks of its code spans literally (issue 19 item 4): it is a
  // list now, each line's inline code a code span and everything else escaped like prose.
  it('escapes HTML and Markdown in prose and evidence; evidence is a list with code spans', () => {
    assert.ok(md.includes('on an arm64 Mac \\<b\\>\\|\\</b\\>.'));
    assert.ok(md.includes('**Evidence**\n\n- sysctl.proc\\_translated = 1\n- a \\`\\`\\` fence inside\n'));
    const r = sampleReport();
    (r.findings[0] as { evidence: string[] }).evidence = ['/usr/local/bin/dlv: x86_64 (`lipo -archs /usr/local/bin/dlv`)', '- not a nested list', '2. not a numbered one'];
    (r.findings[0] as { detail: string }).detail = 'Run `uname -m`.\n\nThen again.';
    const out = renderMarkdown(r);
    assert.ok(out.includes('- /usr/local/bin/dlv: x86\\_64 (`lipo -archs /usr/local/bin/dlv`)\n- \\- not a nested list\n- 2\\. not a numbered one'), out);
    assert.ok(out.includes('\n\nRun `uname -m`.\n\nThen again.\n'), out);
  });

  it('ends with the JSON report in a collapsible details block', () => {
    const m = /<details><summary>JSON report<\/summary>\n\n(`{3,})json\n([\s\S]*?)\n\1\n\n<\/details>\n$/.exec(md);
    assert.ok(m);
    assert.deepEqual(JSON.parse(m[2] as string), sampleReport());
  });

  it('code spans survive leading backticks, in the text and in the components table', () => {
    const r = sampleReport();
    (r.findings[0] as { code: string }).code = '`a`';
    (r.components[0] as { path?: string }).path = '`a`|b';
    const out = renderMarkdown(r);
    assert.ok(out.includes('\n\n`` `a` `` · '), out);
    assert.ok(out.includes(' | `` `a`\\|b `` |\n'), out);
  });
});

describe('render: JSON', () => {
  it('stable key order, 2-space indent, round trip', () => {
    const r = sampleReport();
    const shuffled = JSON.parse(JSON.stringify(r, Object.keys(r).reverse())) as Report;
    const reordered: Report = { findings: r.findings, components: r.components, host: { osVersion: '14.5', translated: true, processArch: 'x64', hardwareArch: 'arm64', platform: 'darwin' }, verdict: 'error', format: r.format };
    const out = renderJson(reordered);
    assert.equal(out, renderJson(r));
    assert.ok(out.startsWith('{\n  "format": "go-lldb-doctor-report/1",\n  "verdict": "error",\n  "host": {\n    "platform": "darwin",\n    "hardwareArch": "arm64",'));
    assert.deepEqual(JSON.parse(out), r);
    assert.ok(shuffled);
  });

  it('keeps keys the contract does not list, after the listed ones', () => {
    const r = { ...sampleReport(), extra: 1 } as Report;
    assert.match(renderJson(r), /"findings": \[[\s\S]*\],\n {2}"extra": 1\n\}\n$/);
  });
});
