import * as assert from 'node:assert/strict';
import { setLang } from '../../../src/core/i18n';
import { diagnosisLine } from '../../../src/core/present/diagnosisLog';
import { machineChangeNote } from '../../../src/core/present/machineChange';

describe('machineChange: a diagnosis of another machine than the one shown is said', () => {
  afterEach(() => setLang('en'));

  it('says nothing for the first diagnosis or the same machine', () => {
    assert.equal(machineChangeNote(undefined, '/snap/a'), undefined);
    assert.equal(machineChangeNote(undefined, ''), undefined);
    assert.equal(machineChangeNote('/snap/a', '/snap/a'), undefined);
    assert.equal(machineChangeNote('', ''), undefined);
  });

  it('names both machines when the replay stops, starts or points elsewhere', () => {
    const off = machineChangeNote('/snap/a', '');
    assert.match(off ?? '', /this machine/);
    assert.match(off ?? '', /\/snap\/a/);
    assert.match(off ?? '', /goLldbDoctor\.replaySnapshot/);
    const on = machineChangeNote('', '/snap/b');
    assert.match(on ?? '', /replays the snapshot \/snap\/b/);
    const other = machineChangeNote('/snap/a', '/snap/b');
    assert.match(other ?? '', /\/snap\/b.*\/snap\/a/);
  });

  it('is translated', () => {
    setLang('zh-cn');
    assert.match(machineChangeNote('/snap/a', '') ?? '', /本机/);
  });
});

describe('diagnosisLog: one line per diagnosis', () => {
  it('names the trigger, the machine, the verdict, the configuration and the duration', () => {
    const line = diagnosisLine({ trigger: 'launch.json changed', snapshot: '/s', host: { platform: 'darwin', processArch: 'arm64' }, verdict: 'error', findings: 2, config: 'Native', configs: 3, ms: 41 });
    assert.equal(line, 'diagnosis [launch.json changed] of snapshot "/s" (darwin/arm64): error, 2 finding(s) "Native" (+2 other configurations) in 41 ms');
    const live = diagnosisLine({ trigger: 'Diagnose command', verdict: 'ok', findings: 0, configs: 1, ms: 5 });
    assert.equal(live, 'diagnosis [Diagnose command] of this machine: ok, 0 finding(s) in 5 ms');
  });
});
