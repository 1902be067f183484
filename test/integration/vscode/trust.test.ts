/**
 * Restricted mode: no binary whose path a workspace setting decided is executed, and the panel lists exactly the
 * commands skipped (replaying a demo Mac, where the workspace's `go` exists: on Linux nothing would be probed).
 * Defined only in an untrusted run of the harness (runs.json "restricted", `"trust": false`): in a trusted
 * run it does not apply, so it is not registered there at all rather than reported as skipped. The run's
 * grep selects it by its title, "restricted mode …".
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readSuiteEnv } from '../support/env';
import * as os from 'node:os';
import * as path from 'node:path';
import { api, CONFIG_WAIT_MS, folder, snapshotDir, until, writeSettingsAndWait, replaySnapshot } from './helpers';

const alternateTools = () => vscode.workspace.getConfiguration('go').inspect<Record<string, string>>('alternateTools');

if (!readSuiteEnv().run.trusted) describe('restricted mode (untrusted workspace)', restrictedSuite);

function restrictedSuite(this: Mocha.Suite): void {
  this.timeout(CONFIG_WAIT_MS + 60_000);
  const settings = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json').fsPath;
  let had: string | undefined;

  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the workspace in restricted mode');
    await replaySnapshot(snapshotDir('healthy-apple-silicon'));
  });
  after(async () => {
    await replaySnapshot(undefined);
    await writeSettingsAndWait(vscode.Uri.file(settings()), had, 'VS Code to drop the test settings', () => had !== undefined || alternateTools()?.workspaceValue === undefined);
  });

  it('lists the workspace-named go it did not run, and nothing it did not skip', async () => {
    had = fs.existsSync(settings()) ? fs.readFileSync(settings(), 'utf8') : undefined;
    const text = '{\n  // a binary the workspace names\n  "go.alternateTools": { "go": "/opt/homebrew/bin/go", "dlv": "/opt/evil/dlv" }\n}\n';
    await writeSettingsAndWait(vscode.Uri.file(settings()), text, 'VS Code to read the settings', () => alternateTools()?.workspaceValue?.go === '/opt/homebrew/bin/go');
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const rendered = await until('the panel to say what was skipped', () => {
      const r = a.panel().rendered;
      return r?.text.includes('/opt/homebrew/bin/go env -json') ? r : undefined;
    });
    assert.match(rendered.text, /untrusted|restricted/i);
    // /opt/evil/dlv does not exist on the replayed Mac: nothing was skipped for it, so nothing says so.
    assert.ok(!rendered.text.includes('/opt/evil/dlv version'), rendered.text);
  });

  it('a replay snapshot with a bad field is refused, and the report says why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refused-'));
    fs.cpSync(snapshotDir('healthy-apple-silicon'), dir, { recursive: true, verbatimSymlinks: true });
    const file = path.join(dir, 'machine.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"exitCode": 0/, '"exitCode": "0"'));
    await replaySnapshot(dir);
    try {
      const a = await api();
      await vscode.commands.executeCommand('goLldbDoctor.diagnose');
      const rendered = await until('the panel to say the snapshot was refused', () => {
        const r = a.panel().rendered;
        return r?.text.includes('The snapshot was refused') ? r : undefined;
      });
      assert.match(rendered.text, /exitCode must be an integer/);
    } finally {
      await replaySnapshot(snapshotDir('healthy-apple-silicon'));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
