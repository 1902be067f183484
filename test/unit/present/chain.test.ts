/**
 * One cause, one error: on the recorded Mac whose VS Code runs under Rosetta, Problems gets one error (VS Code
 * under Rosetta) whose related information names the shell and debugserver, which follow from it.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnoseDir, REPO } from '../diagnose/helpers';
import { planDiagnostics, rootCauseOf } from '../../../src/core/present/chain';
import type { Finding } from '../../../src/core/report/types';

const reportOf = (name: string) => diagnoseDir(path.join(REPO, 'examples/snapshots', name));

const f = (code: string): Finding => ({ code, severity: 'error', component: 'dlv', title: code, detail: '', evidence: [], fixes: [] });

describe('present/chain: one cause, one error', () => {
  it('rosetta-vscode: the shell and debugserver follow from VS Code under Rosetta; one diagnostic carries both', async () => {
    const report = await reportOf('rosetta-vscode');
    const errors = report.findings.filter((x) => x.severity === 'error');
    assert.ok(errors.length >= 3, errors.map((x) => x.code).join());
    const keys = report.findings.map((x) => ({ code: x.code, group: 1, ...(rootCauseOf(x, report.findings) ? { cause: rootCauseOf(x, report.findings) as string } : {}) }));
    assert.equal(rootCauseOf(report.findings.find((x) => x.code === 'debugserver-translated') as Finding, report.findings), 'vscode-translated');
    assert.equal(rootCauseOf(report.findings.find((x) => x.code === 'shell-translated') as Finding, report.findings), 'vscode-translated');
    const plan = planDiagnostics(keys);
    const shownErrors = plan.shown.map((i) => report.findings[i] as Finding).filter((x) => x.severity === 'error');
    assert.deepEqual(shownErrors.map((x) => x.code), ['vscode-translated']);
    const root = report.findings.findIndex((x) => x.code === 'vscode-translated');
    assert.deepEqual((plan.related.get(root) ?? []).map((i) => report.findings[i]?.code).sort(), ['debugserver-translated', 'shell-translated']);
  });

  it('follows a chain to its root (go amd64 → dlv amd64 → program amd64)', () => {
    const all = [f('go-arch-mismatch'), f('dlv-arch-mismatch'), f('target-arch-mismatch')];
    assert.equal(rootCauseOf(all[2] as Finding, all), 'go-arch-mismatch');
    assert.equal(rootCauseOf(all[1] as Finding, all), 'go-arch-mismatch');
    assert.equal(rootCauseOf(all[0] as Finding, all), undefined);
    // Without the root, the middle link is the cause.
    assert.equal(rootCauseOf(all[2] as Finding, all.slice(1)), 'dlv-arch-mismatch');
  });

  it('keeps a follower as its own diagnostic when its cause has no place, and never links across reports', () => {
    const plan = planDiagnostics([
      { code: 'debugserver-translated', group: 1, cause: 'vscode-translated' },
      { code: 'vscode-translated', group: 2 },
      { code: 'debugserver-translated', group: 2, cause: 'vscode-translated' },
    ]);
    assert.deepEqual(plan.shown, [0, 1]);
    assert.deepEqual([...plan.related.entries()], [[1, [2]]]);
  });
});
