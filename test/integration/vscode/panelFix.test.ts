/**
 * The panel's fix button applies exactly the quick fix's edit (launch.json, comments kept), and the quick fix
 * and diagnostics anchor on the attributes themselves. After the fix the diagnosis runs again by itself: the
 * panel, Problems and the status bar show the new verdict; "Applied" is said only of a fix that changed the file.
 * The machine is a replayed healthy Apple Silicon Mac.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, comments, launchUri, quickFixes, rangeOf, readLaunch, snapshotDir, until, writeLaunch, replaySnapshot } from './helpers';

const BLOG = `{
  // Launch configurations (comments are kept by every fix).
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Launch hello",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      "program": "\${workspaceFolder}"
    },
    {
      // From a blog post about Apple Silicon.
      "name": "Blog config",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      "program": "\${workspaceFolder}",
      "dlvArgs": ["--backend=lldb"], // does not exist
      "env": {
        // the blog said so
        "GOARCH": "amd64"
      }
    }
  ]
}
`;

describe('panel fix button = quick fix, and every surface follows', function () {
  this.timeout(60_000);
  let original = '';
  before(async () => {
    original = readLaunch();
    await writeLaunch(BLOG);
    await replaySnapshot(snapshotDir('healthy-apple-silicon'));
  });
  after(async () => {
    await replaySnapshot(undefined);
    await writeLaunch(original);
  });

  it('anchors each launch attribute and applies the same edit from the panel as from the quick fix', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const report = a.lastReport();
    assert.ok(report);
    const goarch = report.findings.findIndex((f) => f.code === 'launch-goarch-override');
    assert.ok(goarch >= 0, JSON.stringify(report.findings.map((f) => f.code)));

    // The panel rendered a fix button for that finding (pressing it posts the message checked below).
    const rendered = await until('the panel to show the fix', () => {
      const r = a.panel().rendered;
      return r?.actions.find((x) => x.message.type === 'applyFix' && x.message.finding === goarch) ? r : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(a.panel())}`);
    });
    const byCode = (code: string) => until(code, () => a.diagnostics().find((d) => d.code === code));
    assert.deepEqual((await byCode('launch-goarch-override')).range, rangeOf(BLOG, '"GOARCH": "amd64"'));
    assert.deepEqual((await byCode('launch-unknown-attribute')).range, rangeOf(BLOG, '"dlvArgs": ["--backend=lldb"]'));

    // The quick fix's edit (resolved as the lightbulb resolves it), then undone.
    const doc = await vscode.workspace.openTextDocument(launchUri());
    await vscode.window.showTextDocument(doc);
    const diag = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === 'launch-goarch-override');
    assert.ok(diag);
    const quick = (await quickFixes(launchUri(), diag.range)).find((x) => x.isPreferred && x.edit);
    assert.ok(quick?.edit, 'a preferred quick fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(quick.edit));
    const viaQuickFix = doc.getText();
    assert.ok(!viaQuickFix.includes('"GOARCH"'));
    // Every comment stays but the removed line's own ("the blog said so" sat directly above it: issue 19 item 13).
    assert.deepEqual(comments(viaQuickFix), comments(BLOG).filter((c) => c !== '// the blog said so'));
    // The panel, shown again with the fix already in the buffer: that fix reads "Applied", no button to press.
    const goarchFix = report.findings[goarch]?.fixes.find((x) => x.kind === 'edit');
    assert.ok(goarchFix);
    await vscode.commands.executeCommand('goLldbDoctor.showReport');
    const appliedView = await until('the panel to say the fix is applied', () => {
      const r = a.panel().rendered;
      return r?.text.includes(`Applied: ${goarchFix.title}`) ? r : undefined;
    });
    assert.ok(!appliedView.text.includes('Cannot be applied from here'), appliedView.text);
    assert.ok(!appliedView.actions.some((x) => x.message.type === 'applyFix' && x.message.finding === goarch), 'no button for an applied fix');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), BLOG);
    assert.equal(report.verdict, 'error');

    // The panel's button (the panel brought back to the front, where a user presses it): the same edit, saved,
    // and the diagnosis runs again by itself.
    await vscode.commands.executeCommand('goLldbDoctor.showReport');
    await until('the panel to be on screen', () => a.panel().onScreen);
    const button = await until('the fix button', () =>
      a.panel().rendered?.actions.find((x) => x.message.type === 'applyFix' && x.message.finding === goarch));
    assert.deepEqual(button, rendered.actions.find((x) => x.message.type === 'applyFix' && x.message.finding === goarch));
    await a.panelPost(button.message);
    assert.equal(doc.getText(), viaQuickFix);
    assert.equal(readLaunch(), viaQuickFix, 'saved as edited (nothing else changed on save)');
    assert.match(a.panel().notice ?? '', /^Applied: /);
    const after = a.lastReport();
    assert.ok(after && after !== report, 'a new report was published');
    assert.ok(!after.findings.some((f) => f.code === 'launch-goarch-override'), JSON.stringify(after.findings.map((f) => f.code)));
    assert.notEqual(after.verdict, 'error');
    // Every surface shows it: Problems, the status bar, the panel (its fix buttons too).
    assert.ok(!a.diagnostics().some((d) => d.code === 'launch-goarch-override'));
    assert.ok(!vscode.languages.getDiagnostics(launchUri()).some((d) => d.code === 'launch-goarch-override'));
    const status = a.statusBar();
    assert.ok(!status.text.startsWith('$(error)'), status.text);
    const shown = await until('the panel to show the new report', () => {
      const r = a.panel().rendered;
      return r && !r.text.includes('Debugging will fail') ? r : undefined;
    });
    const fixes = shown.actions.flatMap((x) => (x.message.type === 'applyFix' ? [after.findings[x.message.finding]?.code] : []));
    assert.ok(!fixes.includes('launch-goarch-override'), fixes.join(','));

    // Pressing the old button again (a click that crossed the re-render) changes nothing and says so.
    await a.panelPost(button.message);
    assert.match(a.panel().notice ?? '', /^Could not apply .*nothing to change/);
    assert.equal(doc.getText(), viaQuickFix);
    assert.equal(a.lastReport(), after, 'no new diagnosis for a fix that changed nothing');

    // The automatic re-run showed what a manual one shows.
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    assert.deepEqual(a.lastReport()?.findings.map((f) => f.code), after.findings.map((f) => f.code));
    assert.equal(a.statusBar().text, status.text);
  });
});
