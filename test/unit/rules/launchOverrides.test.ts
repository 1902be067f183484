/**
 * The launch.json and go.toolsEnvVars checks written as finding modules (issue 17 item 2): GOARCH and GOOS set away
 * from the Mac in go.toolsEnvVars, the launch env or its envFile (findings/envOverride.ts), unknown attributes and
 * backends. Run through the macOS rule list on a replayed Apple silicon Mac, as the preflight runs them.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import type { DarwinMachine } from '../../../src/core/probe/machine';
import { runRules } from '../../../src/core/rules';
import { DARWIN_RULES } from '../../../src/core/rules/darwin/index';
import { darwinMachine, inputOf, SNAPSHOTS } from '../diagnose/helpers';

const LAUNCH_CODES = new Set(['launch-goarch-override', 'launch-goos-override', 'launch-unknown-attribute', 'launch-native-backend', 'launch-unknown-backend', 'settings-goarch-override', 'settings-goos-override']);

async function mac(): Promise<DarwinMachine> {
  return darwinMachine({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
}

const ours = (m: DarwinMachine) => runRules(m, DARWIN_RULES).filter((f) => LAUNCH_CODES.has(f.code));

describe('rules: GOARCH / GOOS overrides, attributes and backends of launch.json (finding modules)', () => {
  it('a healthy Mac has none of them', async () => {
    assert.deepEqual(ours(await mac()), []);
  });

  it('GOOS in go.toolsEnvVars and in the launch env: each its own finding, the fix removing it where it is set', async () => {
    const m = await mac();
    m.settings['go.toolsEnvVars'] = { GOOS: 'linux', GOARCH: 'arm64' };
    m.launch.env = { GOOS: 'windows' };
    const found = ours(m);
    assert.deepEqual(found.map((f) => f.code), ['settings-goos-override', 'launch-goos-override']);
    const [settings, launch] = found;
    assert.deepEqual(settings?.evidence, ['go.toolsEnvVars.GOOS = linux']);
    assert.equal(settings?.detail, 'go.toolsEnvVars sets GOOS=linux: dlv builds a program for linux, which cannot run or be debugged on macOS.');
    assert.deepEqual(settings?.fixes.map((x) => x.kind === 'edit' && x.edit.path), [['go.toolsEnvVars', 'GOOS']]);
    assert.deepEqual(launch?.evidence, ['env: GOOS=windows']);
    assert.deepEqual(launch?.fixes.map((x) => x.kind === 'edit' && x.edit.path), [['configurations', m.launch.index, 'env', 'GOOS']]);
  });

  it('the launch env wins over the envFile; from the envFile alone the fix is said in words, naming the file', async () => {
    const m = await mac();
    m.launch.env = { GOARCH: 'arm64' };
    m.launch.envFile = { path: '/w/.env', values: { GOARCH: 'amd64', GOOS: 'linux' } };
    const found = ours(m);
    assert.deepEqual(found.map((f) => [f.code, f.evidence[0]]), [['launch-goos-override', 'envFile /w/.env: GOOS=linux']]);
    assert.deepEqual(found[0]?.fixes, [{ title: 'Remove GOOS from the envFile', kind: 'manual', detail: '/w/.env' }]);
    m.launch.env = {};
    assert.deepEqual(ours(m).map((f) => [f.code, f.detail]), [
      ['launch-goarch-override', 'The launch configuration sets GOARCH=amd64 (envFile), so dlv builds an amd64 program on this arm64 Mac, which this Delve cannot debug.'],
      ['launch-goos-override', 'The launch configuration sets GOOS=linux: the program is built for linux and cannot run on macOS.'],
    ]);
  });

  it('of one severity and component the findings keep the old rules\' order: GOARCH, GOOS, attributes, backend', async () => {
    const m = await mac();
    m.launch.backend = 'gdb';
    m.launch.unknownAttrs = ['dlvArgs'];
    m.launch.env = { GOOS: 'linux', GOARCH: 'amd64' };
    m.settings['go.toolsEnvVars'] = { GOOS: 'windows', GOARCH: 'amd64' };
    // go.toolsEnvVars (settings) before launch.json (launch) in the chain; errors before the warning.
    assert.deepEqual(ours(m).map((f) => f.code), ['settings-goarch-override', 'settings-goos-override', 'launch-goarch-override', 'launch-goos-override', 'launch-unknown-backend', 'launch-unknown-attribute']);
    m.launch.backend = 'native';
    assert.deepEqual(ours(m).map((f) => f.code).slice(2, 5), ['launch-goarch-override', 'launch-goos-override', 'launch-native-backend']);
  });

  it('backend: "native" on a Mac, an unknown name, and the known ones (none)', async () => {
    const m = await mac();
    for (const b of ['default', 'lldb', 'rr']) {
      m.launch.backend = b;
      assert.deepEqual(ours(m), [], b);
    }
    m.launch.backend = 'gdb';
    const [unknown] = ours(m);
    assert.equal(unknown?.code, 'launch-unknown-backend');
    assert.deepEqual(unknown?.evidence, [`configurations[${m.launch.index}].backend = "gdb"`]);
    assert.deepEqual(unknown?.fixes.map((x) => x.title), ['Remove "backend" (the default is lldb, i.e. debugserver)']);
  });

  it('an unknown attribute gets the blog\'s hint when there is one, and its removal', async () => {
    const m = await mac();
    m.launch.unknownAttrs = ['dlvDapMode', 'foo'];
    const found = ours(m);
    assert.deepEqual(found.map((f) => [f.code, f.severity]), [['launch-unknown-attribute', 'warning'], ['launch-unknown-attribute', 'warning']]);
    assert.match(found[0]?.detail ?? '', /"debugAdapter": "dlv-dap" is already the default\.$/);
    assert.match(found[1]?.detail ?? '', /so it has no effect\.$/);
    assert.deepEqual(found[1]?.fixes.map((x) => x.kind === 'edit' && x.edit.path), [['configurations', m.launch.index, 'foo']]);
  });
});
