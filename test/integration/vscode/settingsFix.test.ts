/**
 * A setting that is wrong in itself is shown where it is set: go.toolsEnvVars.GOARCH in the workspace's
 * .vscode/settings.json (found with jsonc-parser despite comments), and its quick fix removes it there.
 * Once removed, its diagnostic clears. The machine is a replayed healthy Apple Silicon Mac.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, comments, CONFIG_WAIT_MS, folder, rangeOf, snapshotDir, until, writeSettingsAndWait } from './helpers';

const SETTINGS = `{
  // Workspace settings (comments are kept by every fix).
  "go.toolsEnvVars": {
    // from a blog post
    "GOARCH": "amd64",
    "GOFLAGS": "-mod=mod"
  }
}
`;

const toolsEnvVars = () => vscode.workspace.getConfiguration('go').inspect<Record<string, string>>('toolsEnvVars');

describe('settings.json anchors and fixes', function () {
  // The hooks wait for VS Code's configuration (bounded by CONFIG_WAIT_MS), the test itself for the extension.
  this.timeout(CONFIG_WAIT_MS + 60_000);
  const saved = process.env.GO_LLDB_DOCTOR_SNAPSHOT;
  const uri = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');
  let had: string | undefined;
  before(async () => {
    had = fs.existsSync(uri().fsPath) ? fs.readFileSync(uri().fsPath, 'utf8') : undefined;
    await writeSettingsAndWait(uri(), SETTINGS, 'VS Code to read the settings', () => toolsEnvVars()?.workspaceValue?.GOARCH === 'amd64');
    process.env.GO_LLDB_DOCTOR_SNAPSHOT = snapshotDir('healthy-apple-silicon');
  });
  after(async () => {
    if (saved === undefined) delete process.env.GO_LLDB_DOCTOR_SNAPSHOT;
    else process.env.GO_LLDB_DOCTOR_SNAPSHOT = saved;
    // The next tests must not see this test's settings: wait until VS Code dropped them.
    await writeSettingsAndWait(uri(), had, 'VS Code to drop the test settings', () => had !== undefined || toolsEnvVars()?.workspaceValue === undefined);
  });

  it('anchors go.toolsEnvVars.GOARCH in .vscode/settings.json and removes it with the quick fix', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const diag = await until('the settings diagnostic', () => a.diagnostics().find((d) => d.code === 'settings-goarch-override'));
    assert.equal(diag.uri, uri().toString());
    assert.deepEqual(diag.range, rangeOf(SETTINGS, '"GOARCH": "amd64"'));

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    const shown = vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'settings-goarch-override');
    assert.ok(shown);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), shown.range);
    const fix = actions.find((x) => x.isPreferred);
    assert.ok(fix?.command, actions.map((x) => x.title).join(', '));
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const text = await until('the setting to be removed', () => {
      const t = fs.readFileSync(uri().fsPath, 'utf8');
      return t.includes('GOARCH') ? undefined : t;
    });
    assert.ok(text.includes('"GOFLAGS": "-mod=mod"'));
    // Its cause is gone from the file: the diagnostic clears now, not at the next diagnosis.
    await until('the settings diagnostic to clear', () =>
      !a.diagnostics().some((d) => d.code === 'settings-goarch-override') &&
      !vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'settings-goarch-override'));
    assert.deepEqual(comments(text).filter((c) => c !== '// from a blog post'), comments(SETTINGS).filter((c) => c !== '// from a blog post'));
  });
});
