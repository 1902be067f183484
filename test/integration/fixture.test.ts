import * as assert from 'node:assert/strict';
import { launchConfig, runSession } from './support/debugSession';
import { readSuiteEnv } from './support/env';
import { fixtureFolder } from './support/extension';

// The test-only `go` debug type (test/fixtures/extensions/go-debug-fixture) that stands in for vscode-go.
describe('go-debug-fixture', () => {
  it('fails the session with a clear error when dlv cannot start', async function () {
    if (!readSuiteEnv().run.trusted) this.skip(); // restricted mode: debugging asks for trust first
    const folder = fixtureFolder();
    const config = { ...launchConfig(folder, 'Launch hello'), dlvPath: '/nonexistent/dlv' };
    const run = await runSession(folder, config, 15_000);
    assert.equal(run.started, false);
    assert.match(run.startError ?? '', /go-debug-fixture: could not start Delve \(\/nonexistent\/dlv dap\): spawn \/nonexistent\/dlv ENOENT/);
  });
});
