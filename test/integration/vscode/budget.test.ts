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
import { api, snapshotDir, startDebugging, stopAll } from './helpers';

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
  const saved = process.env.GO_LLDB_DOCTOR_SNAPSHOT;
  let dir = '';
  before(() => {
    dir = hangingSnapshot();
    process.env.GO_LLDB_DOCTOR_SNAPSHOT = dir;
  });
  after(async () => {
    await stopAll();
    if (saved === undefined) delete process.env.GO_LLDB_DOCTOR_SNAPSHOT;
    else process.env.GO_LLDB_DOCTOR_SNAPSHOT = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a hanging probe command: the tracker waits only its budget, the session starts, the report still comes', async () => {
    const a = await api();
    const budget = vscode.workspace.getConfiguration('goLldbDoctor').get<number>('preflight.budgetMs', 300);
    const seen: string[] = [];
    const probe = vscode.debug.registerDebugAdapterTrackerFactory('go', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type?: string; command?: string }) => void (m.type === 'response' && m.command && seen.push(m.command)),
      }),
    });
    try {
      const merged = a.nextReport((r) => r.findings.some((f) => f.code === 'debugserver-stub-exited'), 30_000);
      const started = Date.now();
      await startDebugging({
        type: 'go', request: 'launch', name: 'Budget', mode: 'debug', program: '${workspaceFolder}',
        fixtureAdapter: 'fake', fakeScenario: 'stub-exited',
      });
      const wait = a.trackerWaits().at(-1);
      assert.ok(wait !== undefined && wait <= budget + 150, `tracker waited ${wait} ms (budget ${budget})`);
      // Trackers were not dropped: they saw the adapter answer initialize and launch.
      assert.ok(seen.includes('initialize') && seen.includes('launch'), seen.join(','));
      const report = await merged;
      assert.ok(Date.now() - started >= 3000, 'the preflight really hung until the probe timeout');
      assert.equal(report.host.hardwareArch, 'arm64');
    } finally {
      probe.dispose();
    }
  });
});
