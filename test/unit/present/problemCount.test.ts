/**
 * The blockOnError dialog counts what Problems shows: one problem per root cause, by severity. On the recorded
 * Mac whose VS Code runs under Rosetta the report holds several errors, but the shell and debugserver follow from
 * VS Code under Rosetta, so the dialog says as many errors as Problems lists, not the report's raw count.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnoseDir, REPO } from '../diagnose/helpers';
import { planDiagnostics, rootCauseOf } from '../../../src/core/present/chain';
import { failingCause, problemCount, problemCountText } from '../../../src/core/present/problemCount';
import type { Finding } from '../../../src/core/report/types';
import { t } from '../../../src/core/i18n';
import { VS } from '../../../src/core/i18n/messages/vscode';

const f = (code: string, severity: Finding['severity'] = 'error'): Finding => ({ code, severity, component: 'dlv', title: code, detail: '', evidence: [], fixes: [] });

describe('present/problemCount: the dialog counts what Problems shows', () => {
  it('rosetta-vscode: as many errors and warnings as planDiagnostics shows, fewer than the report holds', async () => {
    const report = await diagnoseDir(path.join(REPO, 'examples/snapshots/rosetta-vscode'));
    const all = report.findings;
    const keys = all.map((x) => ({ code: x.code, group: 1, ...(rootCauseOf(x, all) ? { cause: rootCauseOf(x, all) as string } : {}) }));
    const shown = planDiagnostics(keys).shown.map((i) => all[i] as Finding);
    const c = problemCount(all);
    assert.equal(c.error, shown.filter((x) => x.severity === 'error').length);
    assert.equal(c.warning, shown.filter((x) => x.severity === 'warning').length);
    assert.ok(c.error < all.filter((x) => x.severity === 'error').length, 'followers are not counted');
    assert.equal(failingCause(all)?.code, 'vscode-translated');
  });

  it('follows a chain (go → dlv → program: one error) and says the counts in words', () => {
    const all = [f('go-arch-mismatch'), f('dlv-arch-mismatch'), f('target-arch-mismatch'), f('w1', 'warning'), f('i1', 'info')];
    assert.deepEqual(problemCount(all), { error: 1, warning: 1 });
    assert.equal(problemCountText({ error: 2, warning: 1 }), '2 errors, 1 warning');
    assert.equal(problemCountText({ error: 1, warning: 0 }), '1 error');
    assert.equal(t(VS.preflightModalDetail, { counts: problemCountText({ error: 2, warning: 1 }) }, 'en'), 'Found before starting Delve: 2 errors, 1 warning.');
    assert.equal(failingCause(all)?.code, 'go-arch-mismatch');
  });

  it('the dialog and the notification say the same words ("will fail", never "likely to fail")', () => {
    assert.equal(Object.values(VS).some((m) => /likely to fail/.test(m.en)), false);
  });
});
