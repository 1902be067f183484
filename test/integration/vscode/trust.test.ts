/**
 * Restricted mode: no binary named by workspace settings is executed, and the panel says what was skipped.
 * Defined only in an untrusted run of the harness (runs.json "restricted", `"trust": false`): in a trusted
 * run it does not apply, so it is not registered there at all rather than reported as skipped. The run's
 * grep selects it by its title, "restricted mode …".
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readSuiteEnv } from '../support/env';
import { api, CONFIG_WAIT_MS, folder, until, writeSettingsAndWait } from './helpers';

const alternateTools = () => vscode.workspace.getConfiguration('go').inspect<Record<string, string>>('alternateTools');

if (!readSuiteEnv().run.trusted) describe('restricted mode (untrusted workspace)', restrictedSuite);

function restrictedSuite(this: Mocha.Suite): void {
  this.timeout(CONFIG_WAIT_MS + 60_000);
  const settings = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json').fsPath;
  let had: string | undefined;

  before(() => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the workspace in restricted mode');
  });
  after(async () => {
    await writeSettingsAndWait(vscode.Uri.file(settings()), had, 'VS Code to drop the test settings', () => had !== undefined || alternateTools()?.workspaceValue === undefined);
  });

  it('lists the workspace-named dlv it did not run', async () => {
    had = fs.existsSync(settings()) ? fs.readFileSync(settings(), 'utf8') : undefined;
    const text = '{\n  // a binary the workspace names\n  "go.alternateTools": { "dlv": "/opt/evil/dlv" }\n}\n';
    await writeSettingsAndWait(vscode.Uri.file(settings()), text, 'VS Code to read the settings', () => alternateTools()?.workspaceValue?.dlv === '/opt/evil/dlv');
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const rendered = await until('the panel to say what was skipped', () => {
      const r = a.panel().rendered;
      return r?.text.includes('/opt/evil/dlv version') ? r : undefined;
    });
    assert.match(rendered.text, /untrusted/i);
  });
}
