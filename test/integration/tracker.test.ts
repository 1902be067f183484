import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { eventsNamed, responseTo } from './support/dapRecorder';
import { launchConfig, runSession, type FinishedSession } from './support/debugSession';
import { fromHarness, readSuiteEnv } from './support/env';
import { fixtureFolder } from './support/extension';
import { setHostLogLevel, waitForChannelLog } from './support/logs';

describe('DAP tracker on a real Delve session', function () {
  let run: FinishedSession;

  before(async function () {
    if (!readSuiteEnv().run.trusted) this.skip(); // restricted mode: debugging asks for trust first
    await setHostLogLevel('trace');
    const folder = fixtureFolder();
    run = await runSession(folder, launchConfig(folder, 'Launch hello'));
  });

  after(() => setHostLogLevel('info'));

  it('sees initialize and launch succeed', () => {
    assert.equal(run.started, true, `startDebugging failed: ${run.startError ?? 'answered false'}`);
    assert.equal(responseTo(run.recorded, 'initialize')?.success, true, 'no successful initialize response');
    const launch = responseTo(run.recorded, 'launch');
    assert.equal(launch?.success, true, `launch failed: ${JSON.stringify(launch)}`);
  });

  it('sees the program run to completion: exit status 0, then terminated', () => {
    // Delve 1.20 sends no `exited` event: it reports the exit in an output event, then terminates the session.
    const output = eventsNamed(run.recorded, 'output')
      .map((e) => (e as DebugProtocol.OutputEvent).body.output)
      .join('');
    assert.match(output, /Process \d+ has exited with status 0/);
    assert.ok(eventsNamed(run.recorded, 'terminated').length > 0, 'no terminated event');
  });

  it("printed the program's output (Delve 1.20 writes it to dlv's stdout, logged by the fixture)", async function () {
    const userDataDir = fromHarness(this, readSuiteEnv().userDataDir, "the host's user data folder");
    const text = await waitForChannelLog(userDataDir, 'Go Debug Fixture', (t) => /hello, integration/.test(t));
    assert.match(text, /dlv stdout: .*hello, integration/);
  });

  it("logs the session's DAP messages to the Go LLDB Doctor channel at trace level", async function () {
    const userDataDir = fromHarness(this, readSuiteEnv().userDataDir, "the host's user data folder (its logs)");
    const seq = responseTo(run.recorded, 'launch')?.seq;
    const text = await waitForChannelLog(userDataDir, 'Go LLDB Doctor', (t) => /"event":"terminated"/.test(t));
    assert.match(text, /\[trace\] → dlv .*"command":"initialize"/);
    assert.match(text, new RegExp(`\\[trace\\] ← dlv .*"seq":${seq},.*"command":"launch"`));
    assert.match(text, /\[trace\] ← dlv .*"event":"terminated"/);
  });
});
