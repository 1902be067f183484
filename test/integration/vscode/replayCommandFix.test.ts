/**
 * A replayed machine's command fixes are that machine's (issue 19 item 14): the panel says so and offers no Open in
 * Terminal; the lightbulb (and Problems) must not offer them either, and one pressed anyway (a fix message naming
 * it) is refused with the reason, nothing typed into this machine's terminal. One rule decides it for every
 * surface (fixes/fixPlan.ts `commandsRunHere`). The machine is a replayed Mac whose dlv is too old: the fix is
 * `go install github.com/go-delve/delve/cmd/dlv@latest`, a command.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, launchUri, quickFixes, replaySnapshot, snapshotDir, until } from './helpers';

describe('quick fixes while replaying a recorded machine', function () {
  this.timeout(60_000);
  before(() => replaySnapshot(snapshotDir('delve-too-old')));
  after(() => replaySnapshot(undefined));

  it('offers no command fix in the lightbulb, and refuses one pressed anyway without typing it here', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const report = a.lastReport();
    assert.equal(report?.host.platform, 'darwin');
    const fi = report.findings.findIndex((f) => f.code === 'dlv-too-old');
    const xi = report.findings[fi]?.fixes.findIndex((x) => x.kind === 'command') ?? -1;
    const fix = report.findings[fi]?.fixes[xi];
    assert.ok(fix?.kind === 'command', JSON.stringify(report.findings.map((f) => [f.code, f.fixes.map((x) => x.kind)])));

    // In Problems on the configuration's name in launch.json, with its quick fixes as the lightbulb asks for them.
    const placed = await until('dlv-too-old in Problems', () => a.diagnostics().find((d) => d.code === 'dlv-too-old'));
    const diag = vscode.languages.getDiagnostics(launchUri()).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'dlv-too-old');
    assert.ok(diag, `VS Code holds the diagnostic on launch.json (placed on ${placed.uri})`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(launchUri()));
    const titles = (await quickFixes(launchUri(), diag.range)).map((x) => x.title);
    assert.ok(!titles.includes(fix.title), `the lightbulb offers: ${JSON.stringify(titles)}`);

    // Pressed anyway (the fix message the panel's buttons send): refused, said why, no terminal opened.
    const terminals = vscode.window.terminals.length;
    await vscode.commands.executeCommand('goLldbDoctor.showReport');
    await a.panelPost({ type: 'applyFix', finding: fi, fix: xi });
    assert.match(a.panel().notice ?? '', /Could not apply .*: it is a command of the recorded machine \(the replayed snapshot\), not of this one/);
    assert.equal(vscode.window.terminals.length, terminals, vscode.window.terminals.map((t) => t.name).join(', '));
  });
});
