/**
 * The macOS rule list keeps the order of its rules where the report depends on it (issue 17 item 2): rank() orders
 * findings by severity and component and keeps the rules' order between equal ones, so a finding module that
 * replaced a rule must run where that rule ran. On a replayed healthy Mac with two launch-component errors, the one
 * of the stub (DELVE_DEBUGSERVER_PATH in launch.json's env, pointing nowhere) comes before GOOS in the same env,
 * as when both were rules of rules/darwin.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import { runRules } from '../../../src/core/rules/index';
import { DARWIN_RULES } from '../../../src/core/rules/darwin/index';
import { darwinMachine, inputOf, SNAPSHOTS } from '../diagnose/helpers';

describe('rules: the macOS rule order between equal findings', () => {
  it('debugserver-path-invalid (launch env) comes before launch-goos-override, both errors of the launch configuration', async () => {
    const m = await darwinMachine({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
    assert.deepEqual(runRules(m, DARWIN_RULES), [], 'the healthy Mac has no finding');
    m.darwin.stub.override = { value: '/nowhere/debugserver', origin: 'launch.env' };
    m.darwin.stub.overrideExists = false;
    m.launch.env.GOOS = 'linux';
    const found = runRules(m, DARWIN_RULES).map((f) => [f.code, f.severity, f.component]);
    assert.deepEqual(found, [
      ['debugserver-path-invalid', 'error', 'launch'],
      ['launch-goos-override', 'error', 'launch'],
    ]);
  });
});
