import * as assert from 'node:assert/strict';
import { renderMarkdown } from '../../../src/core/report/render';
import { issueLink, issueTitle, type IssueRepo } from '../../../src/core/present/share';
import { sampleReport } from './sample';

/** The title and body a browser would put in the new issue's form. */
function formOf(url: string): { base: string; title: string; body: string } {
  const u = new URL(url);
  return { base: `${u.origin}${u.pathname}`, title: u.searchParams.get('title') ?? '', body: u.searchParams.get('body') ?? '' };
}

/** Where each project files new issues. */
const NEW_ISSUE: Readonly<Record<IssueRepo, string>> = {
  'vscode-go': 'https://github.com/golang/vscode-go/issues/new',
  delve: 'https://github.com/go-delve/delve/issues/new',
};

/** GitHub answers 414 beyond about 8 KB of URL; the links keep room for a browser's own. */
const URL_BUDGET = 7800;

/** The report part of an issue's body: what follows the intro comment. */
const reportOf = (body: string): string => body.slice(body.indexOf(' -->\n\n') + ' -->\n\n'.length);

describe('share: a diagnosis as a prefilled new GitHub issue', () => {
  it('redacts home folders (this user\'s and a replayed machine\'s) and URL credentials, not similar paths', () => {
    const text = 'dlv at /home/alice/go/bin/dlv, /home/alicia/x, "/Users/dev/go/bin/dlv", /root/go/bin/dlv, GOPROXY=https://u:secret@proxy.example/x';
    const body = (md: string): string => formOf(issueLink('delve', 't', md, '/root').url).body;
    assert.match(body(text), /^<!-- .* -->\n\n/);
    assert.equal(reportOf(body(text)), 'dlv at ~/go/bin/dlv, ~/x, "~/go/bin/dlv", ~/go/bin/dlv, GOPROXY=https://***@proxy.example/x');
    assert.equal(reportOf(body('/rootfs/bin and /root')), '/rootfs/bin and ~');
  });

  it('puts the whole redacted Markdown report in the body of the project\'s new-issue page', () => {
    const report = sampleReport();
    const md = renderMarkdown(report);
    for (const repo of ['vscode-go', 'delve'] as const) {
      const { url, cut } = issueLink(repo, issueTitle(report), md);
      assert.equal(cut, false);
      assert.ok(url.length <= URL_BUDGET);
      const form = formOf(url);
      assert.equal(form.base, NEW_ISSUE[repo]);
      assert.equal(form.title, `Go debugging: ${report.findings[0]?.title}`);
      assert.ok(md.includes('/Users/dev'), 'the sample names a home folder');
      assert.equal(reportOf(form.body), md.replaceAll('/Users/dev', '~'), 'the body ends with the whole report, redacted');
      assert.ok(!form.body.includes('/Users/dev'));
      assert.match(form.body, /nothing was sent/);
    }
  });

  it('cuts a long report to fit GitHub\'s URL budget: the JSON block first, then whole lines, fences closed, with a note', () => {
    const report = sampleReport();
    const long = `${renderMarkdown(report)}\n\n\`\`\`text\n${'x'.repeat(120)}\n`.repeat(1) + Array.from({ length: 400 }, (_, i) => `line ${i} ${'界'.repeat(20)}`).join('\n') + '\n```\n';
    const { url, cut } = issueLink('delve', issueTitle(report), long);
    assert.equal(cut, true);
    assert.ok(url.length <= URL_BUDGET, String(url.length));
    const body = formOf(url).body;
    assert.ok(!body.includes('<details>'), 'the JSON block went first');
    assert.match(body, /The report was cut to fit in a link/);
    assert.match(body, /go-lldb-doctor --markdown/);
    const fences = body.split('\n').filter((l) => l.startsWith('```')).length;
    assert.equal(fences % 2, 0, 'every code fence is closed');
    // Close to the budget: a cut that dropped far more than needed would fail this.
    assert.ok(url.length > URL_BUDGET - 400, String(url.length));
  });
});
