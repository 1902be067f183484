/**
 * Nothing the extension runs from an event VS Code delivers may throw into the extension host: a failure is
 * logged and the extension goes on. Driven through the panel's message listener (the same `receive` that
 * `webview.onDidReceiveMessage` calls) with a message that is not even JSON.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readSuiteEnv } from '../support/env';
import { waitForChannelLog } from '../support/logs';
import { api, until } from './helpers';

describe('event listeners never throw into the extension host', function () {
  this.timeout(60_000);

  it('a panel message that cannot be serialised is dropped and logged; the panel still works', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    await until('the panel to render', () => a.panel().rendered);
    const circular: Record<string, unknown> = { type: 'nonsense' };
    circular.self = circular;
    await a.panelPost(circular); // rejected before: JSON.stringify threw while logging it
    const { userDataDir } = readSuiteEnv();
    if (userDataDir) {
      const log = await waitForChannelLog(userDataDir, 'Go LLDB Doctor', (t) => t.includes('dropped an invalid message (object, not JSON)'));
      assert.match(log, /dropped an invalid message \(object, not JSON\)/);
    }
    // The panel still answers its webview: a `ready` makes it send the report again.
    const loads = a.panel().loads;
    await a.panelPost({ type: 'ready' });
    assert.equal(a.panel().loads, loads + 1);
  });
});
