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

  it('in a remote window, a replay that stops also says where the setting belongs (VS Code may have dropped a User value)', () => {
    const off = machineChangeNote('/snap/a', '', 'ssh-remote+box') ?? '';
    assert.match(off, /^This diagnosis is of this machine: the previous one replayed the snapshot \/snap\/a/);
    assert.match(off, /In this remote window \(ssh-remote\+box\), VS Code applies goLldbDoctor\.replaySnapshot reliably only from the Remote settings/);
    assert.match(off, /"Preferences: Open Remote Settings \(ssh-remote\+box\)"/);
    // Not in a local window, and not when a replay starts (the setting is applied then).
    assert.doesNotMatch(machineChangeNote('/snap/a', '') ?? '', /remote/i);
    assert.doesNotMatch(machineChangeNote('', '/snap/b', 'ssh-remote+box') ?? '', /Remote settings/);
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
