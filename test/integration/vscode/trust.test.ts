/**
 * Restricted mode: no binary named by workspace settings is executed, and the panel says what was skipped.
 * Runs only in an untrusted run of the harness (runs.json `"trust": false`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readSuiteEnv } from '../support/env';
import { api, folder, until } from './helpers';

describe('restricted mode (untrusted workspace)', function () {
  this.timeout(60_000);
  const settings = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json').fsPath;
  let had: string | undefined;

  before(function () {
    if (readSuiteEnv().run.trusted || vscode.workspace.isTrusted) this.skip();
  });
  after(() => {
    if (had === undefined) fs.rmSync(settings(), { force: true });
    else fs.writeFileSync(settings(), had);
  });

  it('lists the workspace-named dlv it did not run', async () => {
    had = fs.existsSync(settings()) ? fs.readFileSync(settings(), 'utf8') : undefined;
    const text = '{\n  // a binary the workspace names\n  "go.alternateTools": { "dlv": "/opt/evil/dlv" }\n}\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.file(settings()), new TextEncoder().encode(text));
    await until('VS Code to read the settings', () => vscode.workspace.getConfiguration('go').get<Record<string, string>>('alternateTools')?.dlv === '/opt/evil/dlv', 30_000);
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const rendered = await until('the panel to say what was skipped', () => {
      const r = a.panel().rendered;
      return r?.text.includes('/opt/evil/dlv version') ? r : undefined;
    });
    assert.match(rendered.text, /untrusted/i);
  });
});
