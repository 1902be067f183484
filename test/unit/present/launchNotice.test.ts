import * as assert from 'node:assert/strict';
import { LaunchNotices } from '../../../src/core/present/launchNotice';
import type { Finding, Report } from '../../../src/core/report/types';

const finding = (code: string, severity: Finding['severity'] = 'error'): Finding => ({ code, severity, component: 'dlv', title: code, detail: '', evidence: [], fixes: [] });
const report = (findings: Finding[]): Report => ({
  format: 'go-lldb-doctor-report/1',
  verdict: findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : 'ok',
  host: { platform: 'darwin', processArch: 'arm64' },
  components: [],
  findings,
});

describe('present/launchNotice: once per configuration until the verdict changes', () => {
  it('announces an error once, again only after it changed or went away', () => {
    const n = new LaunchNotices();
    const broken = report([finding('vscode-translated'), finding('debugserver-translated')]);
    assert.equal(n.shouldNotify('a|Launch', broken), true);
    assert.equal(n.shouldNotify('a|Launch', broken), false, 'the same verdict: no second notification');
    assert.equal(n.shouldNotify('a|Launch', report([finding('debugserver-translated'), finding('vscode-translated')])), false, 'order does not matter');
    assert.equal(n.shouldNotify('a|Other', broken), true, 'another configuration has its own');
    assert.equal(n.shouldNotify('a|Launch', report([finding('dlv-bad-cpu')])), true, 'a new cause is announced');
    assert.equal(n.shouldNotify('a|Launch', report([finding('liblldb-homebrew-unused', 'warning')])), false, 'no error, nothing to announce');
    assert.equal(n.shouldNotify('a|Launch', report([finding('dlv-bad-cpu')])), true, 'it came back after a fix: announced again');
    assert.equal(n.shouldNotify('a|Launch', report([])), false);
  });
});
