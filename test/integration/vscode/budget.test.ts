/**
 * VS Code waits at most 1000 ms for all trackers of a session and silently drops them past that. A probe command
 * that hangs (replayed: the snapshot recorded it as ETIMEDOUT) must not hold the tracker past its budget: the
 * session starts, and the diagnosis finishes in the background and still merges with what Delve said.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, snapshotDir, startDebugging, stopAll, replaySnapshot } from './helpers';

function hangingSnapshot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-hang-'));
  const src = snapshotDir('healthy-apple-silicon');
  fs.cpSync(src, dir, { recursive: true, verbatimSymlinks: true });
  const file = path.join(dir, 'machine.json');
  const machine = JSON.parse(fs.readFileSync(file, 'utf8')) as { commands: { argv: string[]; error?: string; exitCode?: number; stdout?: string; stderr?: string }[] };
  const xs = machine.commands.find((c) => c.argv.join(' ') === 'xcode-select -p');
  assert.ok(xs, 'the snapshot records xcode-select -p');
  delete xs.exitCode;
  delete xs.stdout;
  delete xs.stderr;
  xs.error = 'ETIMEDOUT';
  fs.writeFileSync(file, JSON.stringify(machine, null, 2));
  return dir;
}

describe('preflight budget', function () {
  this.timeout(60_000);
  let dir = '';
  before(async () => {
    dir = hangingSnapshot();
    await replaySnapshot(dir);
  });
  after(async () => {
    await stopAll();
    await replaySnapshot(undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a hanging probe command: the tracker does not hold the session, the session starts, the report still comes', async () => {
    const a = await api();
    // What happened, in order: the adapter's answers (seen by a second tracker) and the merged report.
    const events: string[] = [];
    const probe = vscode.debug.registerDebugAdapterTrackerFactory('go', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type?: string; command?: string }) => void (m.type === 'response' && m.command && events.push(m.command)),
      }),
    });
    try {
      const merged = a
        .nextReport((r) => r.findings.some((f) => f.code === 'debugserver-stub-exited'), 30_000)
        .then((r) => (events.push('report'), r));
      await startDebugging({
        type: 'go', request: 'launch', name: 'Budget', mode: 'debug', program: '${workspaceFolder}',
        fixtureAdapter: 'fake', fakeScenario: 'stub-exited',
      });
      const report = await merged;
      // Trackers were not dropped (VS Code drops those that keep it waiting): they saw initialize and launch.
      assert.ok(events.includes('initialize') && events.includes('launch'), events.join(','));
      // The session did not wait for the hanging probe: dlv answered launch before the diagnosis finished.
      assert.ok(events.indexOf('launch') < events.indexOf('report'), events.join(','));
      assert.equal(report.host.hardwareArch, 'arm64');
    } finally {
      probe.dispose();
    }
  });
});
