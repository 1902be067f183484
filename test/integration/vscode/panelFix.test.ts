/**
 * The panel's fix button applies exactly the quick fix's edit (launch.json, comments kept), and the quick fix
 * and diagnostics anchor on the attributes themselves. The machine is a replayed healthy Apple Silicon Mac.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, comments, launchUri, rangeOf, readLaunch, snapshotDir, until, writeLaunch } from './helpers';

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

describe('panel fix button = quick fix', function () {
  this.timeout(60_000);
  const saved = process.env.GO_LLDB_DOCTOR_SNAPSHOT;
  let original = '';
  before(async () => {
    original = readLaunch();
    await writeLaunch(BLOG);
    process.env.GO_LLDB_DOCTOR_SNAPSHOT = snapshotDir('healthy-apple-silicon');
  });
  after(async () => {
    if (saved === undefined) delete process.env.GO_LLDB_DOCTOR_SNAPSHOT;
    else process.env.GO_LLDB_DOCTOR_SNAPSHOT = saved;
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

    // The quick fix's edit, then undone.
    const doc = await vscode.workspace.openTextDocument(launchUri());
    await vscode.window.showTextDocument(doc);
    const diag = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === 'launch-goarch-override');
    assert.ok(diag);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', launchUri(), diag.range);
    const quick = actions.find((x) => x.isPreferred && x.edit);
    assert.ok(quick, actions.map((x) => x.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(quick.edit as vscode.WorkspaceEdit));
    const viaQuickFix = doc.getText();
    assert.ok(!viaQuickFix.includes('"GOARCH"'));
    assert.deepEqual(comments(viaQuickFix), comments(BLOG));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), BLOG);

    const button = rendered.actions.find((x) => x.message.type === 'applyFix' && x.message.finding === goarch);
    assert.ok(button);
    await a.panelPost(button.message);
    await until('the panel fix to apply', () => doc.getText() !== BLOG);
    assert.equal(doc.getText(), viaQuickFix);
  });
});
