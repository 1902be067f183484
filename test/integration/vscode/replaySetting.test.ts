/**
 * goLldbDoctor.replaySnapshot read the same way for every diagnosis, and a change of the machine diagnosed never
 * silent (issue 19 item 1): with the setting in User settings the diagnosis replays the snapshot; when the setting no
 * longer applies, the next diagnosis (started by the configuration change itself) is of this machine and its report
 * says so, naming the snapshot the previous one replayed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Report } from '../../../src/core/report/types';
import { api, snapshotDir } from './helpers';

const notesOf = (r: Report): string => JSON.stringify(r.components.map((c) => c.notes ?? []));

describe('the replay setting', function () {
  this.timeout(90_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('goLldbDoctor');
  after(async () => {
    await config().update('replaySnapshot', undefined, vscode.ConfigurationTarget.Global);
  });

  it('replays while it applies; when it stops applying, the next diagnosis says it is of this machine', async () => {
    const a = await api();
    const dir = snapshotDir('rosetta-vscode');
    await config().update('replaySnapshot', dir, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const replayed = a.lastReport();
    assert.equal(replayed?.host.platform, 'darwin');

    // The setting changes (as VS Code stops applying a User value in a remote window): re-diagnosed at once, and said.
    const named = JSON.stringify(dir).slice(1, -1);
    const next = a.nextReport((r) => r.host.platform === process.platform && notesOf(r).includes(named), 30_000);
    await config().update('replaySnapshot', undefined, vscode.ConfigurationTarget.Global);
    const live = await next;
    assert.match(notesOf(live), /This diagnosis is of this machine: the previous one replayed the snapshot /);

    // The same machine again: nothing more to say.
    const again = a.nextReport(() => true, 30_000);
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    assert.doesNotMatch(notesOf(await again), /This diagnosis is of this machine/);
  });
});
