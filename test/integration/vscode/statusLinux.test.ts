/**
 * One rule for the status bar item on every platform: a diagnosis that ran is on screen. A live diagnosis of this
 * Linux machine (healthy or not) shows the item, as a healthy Mac's does, and the panel has no "Rosetta ?" row
 * (Rosetta is a Mac's). Before issue 19 item 15 a healthy Linux hid the item.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';

describe('status bar on a live Linux diagnosis', function () {
  this.timeout(60_000);
  it('shows the item after the diagnosis, with the verdict\'s words, and no Rosetta row in the panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const report = a.lastReport();
    assert.ok(report);
    assert.equal(report.host.platform, 'linux');
    const status = a.statusBar();
    assert.equal(status.visible, true, JSON.stringify(status));
    const icon = report.verdict === 'error' ? '$(error)' : report.verdict === 'warning' ? '$(warning)' : '$(check)';
    assert.ok(status.text.startsWith(icon), `${status.text} (${report.verdict})`);
    assert.doesNotMatch(status.text, /LLDB \?/);
    const rendered = await until('the panel to render the Linux report', () => {
      const r = a.panel().rendered;
      return r?.text.includes('linux') ? r : undefined;
    });
    assert.doesNotMatch(rendered.text, /Rosetta\s*\?/, rendered.text);
  });
});
