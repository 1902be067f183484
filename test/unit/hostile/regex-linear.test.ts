/**
 * Issue 16 item 6: every classifier rule is linear-time as it runs. Lint (eslint-plugin-regexp) checks the regex
 * literals in the sources, but the classifier widens each rule's spaces to `\s+` at load time
 * (src/core/dap/classify.ts), and a widened `fork/exec [^\n]*?: operation not permitted` trades characters
 * between `\s+` and the lazy scan: 200 KB of `fork/exec ` took 6.4 s. Here the patterns that actually run go
 * through scslre, the analysis behind the lint rules, and through the classifier on hostile text (timing is
 * the bench's job, `npm run bench -- regex`; this only checks that nothing is reported and that results hold).
 */
import * as assert from 'node:assert/strict';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { classifyText } from '../../../src/core/dap';
import { CLASSIFIER_RULES } from '../../../src/core/dap/classify';
import { lineAt } from '../../../src/core/dap/text';

describe('hostile: linear-time classifier rules', () => {
  it('no widened classifier pattern can backtrack super-linearly (scslre: trade, self, move)', () => {
    const parser = new RegExpParser();
    const bad = CLASSIFIER_RULES.flatMap((r) => {
      const reports = analyse(parser.parseLiteral(r.re.toString()), { reportTypes: { Move: true, Self: true, Trade: true }, assumeRejectingSuffix: false }).reports;
      return reports.map((x) => `${x.type}: /${r.re.source}/`);
    });
    assert.deepEqual(bad, []);
  });

  it('the Linux rules still match their real messages after the rewrite', () => {
    const codes = (s: string) => classifyText(s).map((f) => f.code);
    assert.ok(codes('could not launch process: fork/exec /work/app/__debug_bin: operation not permitted').includes('linux-ptrace-blocked'));
    assert.ok(codes('could not launch process: fork/exec /go/bin/my app: function not implemented').includes('linux-emulated'));
    assert.ok(codes('could not set breakpoint at main.go:12: input/output error').includes('linux-emulated'));
    assert.ok(codes('breakpoint /src/main.go:12 not verified: input/output error').includes('linux-emulated'));
  });

  it('evidence of a match on a long line is read around the match only', () => {
    const text = `${'x'.repeat(100_000)} fork/exec /bin/app: operation not permitted ${'y'.repeat(100_000)}`;
    const line = lineAt(text, 100_001);
    assert.ok(line.length <= 300);
    assert.match(line, /fork\/exec \/bin\/app: operation not permitted/);
  });
});
