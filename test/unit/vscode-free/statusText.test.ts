import * as assert from 'node:assert/strict';
import type { Report } from '../../../src/core/report/types';
import { hasSliceFor, runsAs, statusWords } from '../../../src/vscode/statusText';

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
  it('shows LLDB against the architecture VS Code runs as under Rosetta', () => {
    const r = report({
      verdict: 'error',
      host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'x64', translated: true },
      components: [{ id: 'liblldb', path: '/opt/homebrew/opt/llvm/lib/liblldb.dylib', archs: ['arm64'], status: 'mismatch' }],
    });
    assert.equal(runsAs(r), 'x86_64');
    assert.deepEqual(statusWords(r), { icon: '$(error)', label: 'LLDB arm64 ≠ x86_64', lldbArchs: ['arm64'], runsAs: 'x86_64' });
  });

  it('prefers the debugserver Delve starts over liblldb', () => {
    const r = report({
      components: [
        { id: 'liblldb', archs: ['x86_64'], status: 'mismatch' },
        { id: 'debugserver', archs: ['x86_64', 'arm64e'], status: 'ok' },
      ],
      verdict: 'warning',
    });
    assert.equal(statusWords(r).label, 'LLDB x86_64/arm64e');
    assert.equal(statusWords(r).icon, '$(warning)');
  });

  it('says what it does not know', () => {
    const r = report({ host: { platform: 'linux', processArch: 'x64' } });
    assert.deepEqual(statusWords(r), { icon: '$(info)', label: 'LLDB ?', runsAs: 'x86_64' });
  });

  it('treats arm64e as arm64 and x86_64h as x86_64, but not arm64_32', () => {
    assert.ok(hasSliceFor(['arm64e'], 'arm64'));
    assert.ok(hasSliceFor(['x86_64h'], 'x86_64'));
    assert.ok(!hasSliceFor(['arm64_32'], 'arm64'));
  });
});
