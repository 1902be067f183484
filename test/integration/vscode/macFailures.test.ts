/**
 * Delve failures that only happen on a Mac, answered by the fixture's fake adapter exactly as Delve does (failed
 * launch response, error id 3000, showUser, debugserver output before it): the tracker names the component.
 * The machine is a replayed healthy Apple Silicon Mac, so the tracker knows the hardware as it would on one.
 */
import * as assert from 'node:assert/strict';
import { api, snapshotDir, startDebugging, stopAll, replaySnapshot } from './helpers';

const CASES: { scenario: string; code: string; component: string }[] = [
  { scenario: 'rosetta-dlv', code: 'dlv-translated', component: 'dlv' },
  { scenario: 'rosetta-shell', code: 'shell-translated', component: 'shell' },
  { scenario: 'no-debugserver', code: 'debugserver-not-found', component: 'debugserver' },
  { scenario: 'stub-exited', code: 'debugserver-stub-exited', component: 'debugserver' },
  { scenario: 'debugserver-translated', code: 'debugserver-translated', component: 'debugserver' },
  { scenario: 'task-for-pid', code: 'task-for-pid-denied', component: 'permissions' },
];

describe('macOS-only Delve failures (fake adapter)', function () {
  this.timeout(60_000);
  before(async () => {
    await replaySnapshot(snapshotDir('healthy-apple-silicon'));
  });
  after(async () => {
    await replaySnapshot(undefined);
  });
  afterEach(stopAll);

  for (const c of CASES) {
    it(`${c.scenario}: the report leads with ${c.code} (${c.component})`, async () => {
      const a = await api();
      const got = a.nextReport((r) => r.findings.some((f) => f.code === c.code), 30_000);
      await startDebugging({
        type: 'go',
        request: 'launch',
        name: `Fake ${c.scenario}`,
        mode: 'debug',
        program: '${workspaceFolder}',
        fixtureAdapter: 'fake',
        fakeScenario: c.scenario,
      });
      const report = await got;
      const first = report.findings[0];
      assert.equal(first?.code, c.code, JSON.stringify(report.findings.map((f) => f.code)));
      assert.equal(first?.component, c.component);
      assert.equal(report.verdict, 'error');
      assert.ok(first.evidence.some((e) => /could not launch process|for x86_64|task_for_pid/.test(e)), first.evidence.join(' | '));
    });
  }
});
