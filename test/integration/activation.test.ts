import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { doctorExtension, fixtureFolder } from './support/extension';
import { launchConfig, runSession } from './support/debugSession';
import { responseTo } from './support/dapRecorder';
import { readSuiteEnv } from './support/env';

// The suite runner (index.ts) runs this file first: it needs a host where nothing has activated the extension yet.
describe('activation', () => {
  it('is not active before any go debug session', () => {
    assert.equal(doctorExtension().isActive, false, 'something activated the extension before the first test');
  });

  it('activates when a go debug session starts, and the session runs the program to completion', async function () {
    if (!readSuiteEnv().run.trusted) this.skip(); // restricted mode: debugging asks for trust first
    const folder = fixtureFolder();
    const run = await runSession(folder, launchConfig(folder, 'Launch hello'));
    assert.equal(run.started, true, `startDebugging failed: ${run.startError ?? 'answered false'}`);
    assert.equal(doctorExtension().isActive, true);
    // isActive is also true when activate() threw: its command being registered shows activate() ran through.
    assert.ok((await vscode.commands.getCommands(true)).includes('goLldbDoctor.diagnose'), 'activate() did not finish');
    assert.equal(responseTo(run.recorded, 'launch')?.success, true, 'Delve did not launch the program');
    assert.equal(vscode.debug.activeDebugSession, undefined, 'the session is still running');
  });
});
