/**
 * The dlv the self-test starts gets the environment F5 gives it (GROUND_TRUTH §3: process.env + go.toolsEnvVars ⊕
 * envFile ⊕ launch env), not only the keys a diagnosis reads: a GOCACHE, GOPRIVATE or proxy set for the tools
 * changes how Delve's `go build` runs.
 */
import * as assert from 'node:assert/strict';
import { liveHost } from '../../../src/core/host/live';
import { DiagnosisCache } from '../../../src/core/probe/cache';
import { probeStart } from '../../../src/core/probe/start';
import { planOf } from '../../../src/core/selftest/plan';
import { REPO } from '../diagnose/helpers';

describe('selftest: the plan of what F5 would start', () => {
  it('dlv gets the whole environment, go.toolsEnvVars and the launch env included, not only the listed keys', async () => {
    const facts = await probeStart({
      host: liveHost({ cwd: REPO, env: { PATH: '/usr/bin:/bin', HOME: '/root', LANG: 'C.UTF-8' } }),
      cache: new DiagnosisCache(),
      trusted: true,
      timeoutMs: 10_000,
      settings: { 'go.toolsEnvVars': { GOCACHE: '/tmp/gld-plan-cache', GOPRIVATE: 'example.com/*' } },
      launch: { config: { type: 'go', request: 'launch', name: 'x', env: { APP_MODE: 'debug' } }, index: 0 },
    });
    const plan = planOf(facts);
    assert.equal(plan.env.GOCACHE, '/tmp/gld-plan-cache');
    assert.equal(plan.env.GOPRIVATE, 'example.com/*');
    assert.equal(plan.env.LANG, 'C.UTF-8', 'the host environment, whole');
    assert.equal(plan.env.APP_MODE, 'debug');
    assert.equal(plan.launchEnv.APP_MODE, 'debug');
  });
});
