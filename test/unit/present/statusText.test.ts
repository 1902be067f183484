import * as assert from 'node:assert/strict';
import type { Report } from '../../../src/core/report/types';
import { runsAs, statusParts, statusWords } from '../../../src/core/present/statusText';

function report(p: Partial<Report>): Report {
  return {
    format: 'go-lldb-doctor-report/1',
    verdict: 'ok',
    host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'arm64', translated: false },
    components: [],
    findings: [],
    ...p,
  };
}

describe('statusText: the status bar words', () => {
  it('shows an arm64-only LLDB against an Intel Mac', () => {
    const r = report({
      verdict: 'warning',
      host: { platform: 'darwin', hardwareArch: 'x86_64', processArch: 'x64', translated: false },
      components: [{ id: 'liblldb', path: '/usr/local/opt/llvm/lib/liblldb.dylib', archs: ['arm64'], status: 'mismatch' }],
    });
    assert.deepEqual(statusWords(r), { icon: '$(warning)', label: 'LLDB arm64 ≠ x86_64', kind: 'mismatch', lldbArchs: ['arm64'], runsAs: 'x86_64' });
  });

  it('shows a universal debugserver running translated under a Rosetta VS Code', () => {
    const r = report({
      verdict: 'error',
      host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'x64', translated: true },
      components: [
        { id: 'liblldb', archs: ['arm64'], status: 'ok' },
        { id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'mismatch' },
      ],
    });
    assert.equal(runsAs(r), 'x86_64');
    assert.equal(statusWords(r).label, 'LLDB x86_64 ≠ arm64');
    assert.equal(statusWords(r).icon, '$(error)');
  });

  it('shows the native slice of a healthy Mac', () => {
    const r = report({ components: [{ id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'ok' }] });
    assert.deepEqual(statusWords(r), { icon: '$(check)', label: 'LLDB arm64', kind: 'lldb', lldbArchs: ['x86_64', 'arm64e'], runsAs: 'arm64' });
  });

  it('not a Mac: "Go debug" with a check when healthy, shown as on a healthy Mac (one rule), then what the watch found', () => {
    const r = report({ host: { platform: 'linux', processArch: 'x64' } });
    assert.deepEqual(statusWords(r), { icon: '$(check)', label: 'Go debug', kind: 'platform' });
    const found = report({ host: { platform: 'linux', processArch: 'x64' }, verdict: 'error', findings: [{ code: 'lldb-server-missing', severity: 'error', component: 'lldb-server', title: 'lldb-server is not installed', detail: 'd', evidence: ['e'], fixes: [] }] });
    assert.deepEqual(statusWords(found), { icon: '$(error)', label: 'lldb-server is not installed', kind: 'cause', runsAs: 'x86_64' });
  });

  it('says what it does not know', () => {
    const r = report({ host: { platform: 'unknown', processArch: 'x64' } });
    assert.deepEqual(statusWords(r), { icon: '$(info)', label: 'LLDB ?', kind: 'unknown', runsAs: 'x86_64' });
  });

  it('gives the parts a spoken label is made of: the arch LLDB runs as, and the Mac\'s when it is another', () => {
    const rosetta = report({
      verdict: 'error',
      host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'x64', translated: true },
      components: [{ id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'mismatch' }],
    });
    assert.deepEqual(statusParts(rosetta), { lldb: 'x86_64', otherThan: 'arm64' });
    assert.deepEqual(statusParts(report({ components: [{ id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'ok' }] })), { lldb: 'arm64' });
    assert.deepEqual(statusParts(report({ host: { platform: 'linux', processArch: 'x64' } })), {});
  });

  it('says what is wrong when LLDB is fine and the fault is elsewhere (a setting), not "LLDB arm64" in red', () => {
    const r = report({
      verdict: 'error',
      components: [{ id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'ok' }],
      findings: [
        { code: 'settings-goarch-override', severity: 'error', component: 'settings', title: 'go.toolsEnvVars sets GOARCH to the other CPU', detail: '', evidence: [], fixes: [] },
        { code: 'target-arch-mismatch', severity: 'error', component: 'target', title: 'The program is built for the other CPU', detail: '', evidence: [], fixes: [] },
      ],
    });
    const w = statusWords(r);
    assert.equal(w.kind, 'cause');
    assert.equal(w.label, 'go.toolsEnvVars sets GOARCH to the other CPU');
    assert.equal(w.icon, '$(error)');
    // A warning verdict names the first warning; an info-only report keeps the LLDB words.
    const warn = report({ verdict: 'warning', components: r.components, findings: [{ ...r.findings[0]!, severity: 'warning', title: 'A Homebrew LLDB that nothing uses' }] });
    assert.equal(statusWords(warn).label, 'A Homebrew LLDB that nothing uses');
  });

  it('shortens a long cause at a word, with an ellipsis', () => {
    /** The label of an error whose root cause has this title, LLDB being fine. */
    const labelOf = (title: string): string => statusWords(report({
      verdict: 'error',
      components: [{ id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'ok' }],
      findings: [{ code: 'dlv-backend-native', severity: 'error', component: 'dlv', title, detail: '', evidence: [], fixes: [] }],
    })).label;
    const long = 'backend "native" does not exist in Delve builds for macOS and never did';
    const s = labelOf(long);
    assert.ok(s.length <= 48, s);
    assert.ok(s.endsWith('…'));
    assert.ok(long.startsWith(s.slice(0, -1)));
    assert.doesNotMatch(s, / …$/);
    assert.equal(labelOf('short one'), 'short one');
  });

  it('treats arm64e as arm64 and x86_64h as x86_64, but not arm64_32', () => {
    const parts = (hardwareArch: 'arm64' | 'x86_64', archs: string[]) =>
      statusParts(report({ host: { platform: 'darwin', hardwareArch, processArch: hardwareArch === 'arm64' ? 'arm64' : 'x64', translated: false }, components: [{ id: 'debugserver', archs, status: 'ok' }] }));
    assert.deepEqual(parts('arm64', ['arm64e']), { lldb: 'arm64' });
    assert.deepEqual(parts('x86_64', ['x86_64h']), { lldb: 'x86_64' });
    assert.deepEqual(parts('arm64', ['arm64_32']), { lldb: 'arm64_32', otherThan: 'arm64' });
  });
});
