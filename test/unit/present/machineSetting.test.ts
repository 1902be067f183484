import * as assert from 'node:assert/strict';
import { ignoredMachineSettings } from '../../../src/core/present/machineSetting';

describe('present/machineSetting: a machine setting in User settings of a remote window', () => {
  const key = 'goLldbDoctor.replaySnapshot';
  it('is reported when User settings hold it, the window is remote and VS Code applies nothing', () => {
    assert.equal(ignoredMachineSettings([{ key, userValue: '/snap', effective: '', remoteName: 'ssh-remote' }]).length, 1);
    assert.equal(ignoredMachineSettings([{ key: 'goLldbDoctor.lldbPaths', userValue: ['/x'], effective: [], remoteName: 'wsl' }]).length, 1);
  });
  it('is not reported in a local window, when it applies, or when User settings do not hold it', () => {
    assert.deepEqual(ignoredMachineSettings([{ key, userValue: '/snap', effective: '', remoteName: undefined }]), []);
    assert.deepEqual(ignoredMachineSettings([{ key, userValue: '/snap', effective: '/snap', remoteName: 'ssh-remote' }]), []);
    assert.deepEqual(ignoredMachineSettings([{ key, userValue: undefined, effective: '', remoteName: 'ssh-remote' }]), []);
    assert.deepEqual(ignoredMachineSettings([{ key, userValue: '', effective: '', remoteName: 'ssh-remote' }]), []);
  });
});
