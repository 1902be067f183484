/**
 * A setting that is wrong in itself is shown where it is set: go.toolsEnvVars.GOARCH in the workspace's
 * .vscode/settings.json (found with jsonc-parser despite comments), and its quick fix removes it there as one
 * minimal text edit: with `editor.formatOnSave` on and a JSON formatter present, the one-line file keeps its
 * shape and its comment, and one Undo restores it byte for byte. The diagnosis then runs again by itself.
 * The machine is a replayed healthy Apple Silicon Mac.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, applyQuickFix, CONFIG_WAIT_MS, folder, quickFixes, rangeOf, snapshotDir, until, writeSettingsAndWait, replaySnapshot } from './helpers';

const SETTINGS = '{"editor.formatOnSave": true, "go.toolsEnvVars": {/* from a blog post */ "GOARCH": "amd64", "GOFLAGS": "-mod=mod"}}\n';
const FIXED = SETTINGS.replace('"GOARCH": "amd64", ', '');

const toolsEnvVars = () => vscode.workspace.getConfiguration('go').inspect<Record<string, string>>('toolsEnvVars');

describe('settings.json anchors and fixes', function () {
  // The hooks wait for VS Code's configuration (bounded by CONFIG_WAIT_MS), the test itself for the extension.
  this.timeout(CONFIG_WAIT_MS + 90_000);
  const uri = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');
  let had: string | undefined;
  before(async () => {
    had = fs.existsSync(uri().fsPath) ? fs.readFileSync(uri().fsPath, 'utf8') : undefined;
    await writeSettingsAndWait(uri(), SETTINGS, 'VS Code to read the settings', () => toolsEnvVars()?.workspaceValue?.GOARCH === 'amd64');
    await replaySnapshot(snapshotDir('healthy-apple-silicon'));
  });
  after(async () => {
    await replaySnapshot(undefined);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri().toString());
    if (open?.isDirty) {
      await vscode.window.showTextDocument(open);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The next tests must not see this test's settings: wait until VS Code dropped them.
    await writeSettingsAndWait(uri(), had, 'VS Code to drop the test settings', () => had !== undefined || toolsEnvVars()?.workspaceValue === undefined);
  });

  it('removes go.toolsEnvVars.GOARCH as one minimal edit, not reformatted, undone in one step, then diagnoses again', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const diag = await until('the settings diagnostic', () => a.diagnostics().find((d) => d.code === 'settings-goarch-override'));
    assert.equal(diag.uri, uri().toString());
    assert.deepEqual(diag.range, rangeOf(SETTINGS, '"GOARCH": "amd64"'));
    const before = a.lastReport();

    const doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    const shown = vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'settings-goarch-override');
    assert.ok(shown);
    const fix = (await quickFixes(uri(), shown.range)).find((x) => x.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    await applyQuickFix(fix);

    // Only the key went: the rest of the line, its comment included, is as it was, on disk too.
    assert.equal(doc.getText(), FIXED);
    assert.equal(fs.readFileSync(uri().fsPath, 'utf8'), FIXED);
    assert.ok(!doc.isDirty);
    // The diagnosis ran again by itself and no longer finds the setting.
    const after = a.lastReport();
    assert.ok(after && after !== before, 'a new report was published');
    assert.ok(!after.findings.some((f) => f.code === 'settings-goarch-override'), JSON.stringify(after.findings.map((f) => f.code)));
    assert.ok(!vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'settings-goarch-override'));

    // One Undo restores the file byte for byte.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), SETTINGS);

    // The check above can fail: a plain save of this file here does reformat it (format on save is live).
    await doc.save();
    await until('format on save to reformat the file', () => {
      const text = fs.readFileSync(uri().fsPath, 'utf8');
      return text !== SETTINGS && text.split('\n').length > 3 ? text : undefined;
    }, 30_000);
  });
});
