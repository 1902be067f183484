/**
 * A macOS machine replayed from a snapshot (the setting goLldbDoctor.replaySnapshot points the probes at it): the Diagnose
 * command's report, its diagnostics, the status bar and the panel, as a user on that Mac would see them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, launchUri, rangeOf, readLaunch, snapshotDir, until, replaySnapshot } from './helpers';

describe('a replayed macOS machine (snapshot)', function () {
  this.timeout(60_000);
  before(async () => {
    await replaySnapshot(snapshotDir('rosetta-vscode'));
  });
  after(async () => {
    await replaySnapshot(undefined);
  });

  it('rosetta-vscode: report, diagnostics on the configuration, status bar and panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const report = a.lastReport();
    assert.ok(report);
    assert.equal(report.verdict, 'error');
    assert.equal(report.findings[0]?.code, 'vscode-translated');
    assert.equal(report.host.translated, true);

    // Machine-level findings sit on the launched configuration's name.
    const diag = await until('the vscode-translated diagnostic', () => a.diagnostics().find((d) => d.code === 'vscode-translated'));
    assert.equal(diag.uri, launchUri().toString());
    assert.deepEqual(diag.range, rangeOf(readLaunch(), '"Launch hello"'));
    assert.equal(diag.severity, 'error');

    // The status bar: error icon, the debugserver's running arch against the Mac's.
    assert.equal(a.statusBar().text, '$(error) LLDB x86_64 ≠ arm64');
    assert.match(a.statusBar().tooltip, /debugserver/);
    // A screen reader reads one plain sentence, not the tooltip's Markdown nor the icon's name.
    assert.deepEqual(a.statusBar().accessibility, { label: 'Go LLDB Doctor: LLDB x86_64 does not match the Mac (arm64), errors found', role: 'button' });

    // The panel renders every section, with the host, the components' paths and the findings.
    const rendered = await until('the panel to render the report', () => {
      const r = a.panel().rendered;
      return r?.text.includes('VS Code runs under Rosetta') ? r : undefined;
    });
    assert.ok(a.panel().open);
    assert.deepEqual([...rendered.sections].sort(), ['chain', 'components', 'findings', 'host', 'summary']);
    // The debug chain above the tables, read as one sentence (issue 19 item 6).
    assert.match(rendered.text, /Debug chain: VS Code \(x86_64\): fails \(root cause\) → go \(arm64\): works/);
    for (const c of report.components) if (c.path) assert.ok(rendered.text.includes(c.path), c.path);
    for (const f of report.findings) assert.ok(rendered.text.includes(f.title), f.title);
    assert.ok(rendered.actions.some((x) => x.message.type === 'rerun'));
    assert.ok(rendered.actions.some((x) => x.message.type === 'copy'));
  });
});
