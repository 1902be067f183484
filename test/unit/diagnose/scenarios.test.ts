import * as assert from 'node:assert/strict';
import type { EditFix, Finding, Fix } from '../../../src/core/report/types';
import { diagnoseScenario, scenarioNames } from './helpers';

type Expect = [code: string, component: string][];

/** Every scenario: the exact findings in order (root cause first) and their components. */
const EXPECTED: Record<string, { verdict: string; findings: Expect }> = {
  'healthy-apple-silicon': { verdict: 'ok', findings: [] },
  'healthy-intel': { verdict: 'ok', findings: [] },
  'rosetta-vscode': { verdict: 'error', findings: [['vscode-translated', 'vscode'], ['shell-translated', 'shell'], ['debugserver-translated', 'debugserver']] },
  // Delve's order: the translated dlv refuses before debugserver (no finding), the amd64 build is a warning.
  'go-amd64-apple-silicon': { verdict: 'error', findings: [['go-arch-mismatch', 'go'], ['dlv-arch-mismatch', 'dlv'], ['target-arch-mismatch', 'target']] },
  'no-command-line-tools': { verdict: 'error', findings: [['debugserver-not-found', 'debugserver'], ['liblldb-not-found', 'liblldb']] },
  'debugserver-path-missing': { verdict: 'error', findings: [['debugserver-path-invalid', 'settings']] },
  'blog-goarch-amd64': { verdict: 'error', findings: [['settings-goarch-override', 'settings'], ['target-arch-mismatch', 'target']] },
  'launch-blog-attributes': { verdict: 'error', findings: [['launch-native-backend', 'launch'], ['launch-unknown-attribute', 'launch'], ['launch-unknown-attribute', 'launch']] },
  'delve-too-old': { verdict: 'error', findings: [['dlv-too-old', 'dlv']] },
  'target-other-cpu': { verdict: 'error', findings: [['target-arch-mismatch', 'target']] },
  // Issue 20 item 4, read from the real Mach-O files: no __DWARF (-ldflags='-s -w'); -trimpath and no -N -l.
  'exec-no-debug-info': { verdict: 'error', findings: [['target-no-debug-info', 'target']] },
  'exec-trimpath-optimized': { verdict: 'warning', findings: [['target-optimized', 'target'], ['target-trimpath', 'target']] },
  'developer-mode-off': { verdict: 'warning', findings: [['developer-mode-off', 'permissions']] },
  'arm64-lldb-on-intel': { verdict: 'warning', findings: [['liblldb-arch-mismatch', 'liblldb'], ['liblldb-mixed', 'liblldb']] },
  'brew-and-system-lldb': { verdict: 'ok', findings: [['liblldb-mixed', 'liblldb']] },
  'stale-lldb-path': { verdict: 'warning', findings: [['liblldb-stale-path', 'settings'], ['liblldb-mixed', 'liblldb']] },
  'unreferenced-brew-lldb': { verdict: 'ok', findings: [['liblldb-unreferenced', 'liblldb']] },
  'arm64-llvm-intel-process': { verdict: 'error', findings: [['shell-translated', 'shell'], ['debugserver-translated', 'debugserver'], ['liblldb-arch-mismatch', 'liblldb'], ['liblldb-mixed', 'liblldb']] },
  'rpath-unresolved': { verdict: 'warning', findings: [['liblldb-dependency-missing', 'liblldb']] },
  'incompatible-arch-library': { verdict: 'warning', findings: [['liblldb-dependency-arch', 'liblldb'], ['liblldb-mixed', 'liblldb']] },
  'no-rosetta-amd64-dlv': { verdict: 'error', findings: [['dlv-bad-cpu', 'dlv']] },
  'remote-attach': { verdict: 'warning', findings: [['debugserver-not-found', 'debugserver'], ['remote-not-checked', 'launch'], ['liblldb-not-found', 'liblldb']] },
  'macos26-old-dlv': { verdict: 'error', findings: [['dlv-missing-lc-uuid', 'dlv'], ['dlv-too-old-for-macos', 'dlv'], ['target-missing-lc-uuid', 'target']] },
  'macos15-old-delve': { verdict: 'error', findings: [['dlv-too-old-for-macos', 'dlv']] },
  'go-shim-toolchain': { verdict: 'ok', findings: [] },
  'delve-builds-other-go': { verdict: 'warning', findings: [['go-build-differs', 'go']] },
};

function edits(f: Finding | undefined): EditFix['edit'][] {
  return (f?.fixes ?? []).filter((x): x is EditFix => x.kind === 'edit').map((x) => x.edit);
}

function commands(f: Finding | undefined): string[] {
  return (f?.fixes ?? []).flatMap((x: Fix) => (x.kind === 'command' ? [x.command] : []));
}

describe('diagnosis of each snapshot scenario', () => {
  it('has an expectation for every scenario folder', () => {
    assert.deepEqual(scenarioNames(), Object.keys(EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: ${want.findings.map((f) => f[0]).join(', ') || 'no findings'}`, async () => {
      const r = await diagnoseScenario(name);
      assert.deepEqual(r.findings.map((f) => [f.code, f.component]), want.findings);
      assert.equal(r.verdict, want.verdict);
      assert.equal(r.format, 'go-lldb-doctor-report/1');
      for (const f of r.findings) {
        assert.ok(f.title && f.detail, `${f.code} has a title and a detail`);
        assert.ok(f.evidence.length > 0, `${f.code} has evidence`);
        if (f.severity !== 'info') assert.ok(f.fixes.length > 0 || r.findings.indexOf(f) > 0, `${f.code} has a fix or a cause before it`);
      }
    });
  }

  it('healthy Apple silicon: arm64e system binaries, universal debugserver, shared-cache dependencies, all ok', async () => {
    const r = await diagnoseScenario('healthy-apple-silicon');
    assert.deepEqual(r.host, { platform: 'darwin', hardwareArch: 'arm64', processArch: 'arm64', translated: false, osVersion: '14.5' });
    const ds = r.components.find((c) => c.id === 'debugserver');
    assert.deepEqual(ds?.archs, ['x86_64', 'arm64e']);
    assert.equal(ds?.status, 'ok');
    assert.ok(r.components.filter((c) => c.id !== 'liblldb' || c.path?.includes('CommandLineTools')).every((c) => c.status === 'ok'), JSON.stringify(r.components));
    const lldb = r.components.find((c) => c.id === 'liblldb' && c.path?.endsWith('LLDB.framework/Versions/A/LLDB'));
    assert.equal(lldb?.status, 'ok');
    assert.ok(lldb?.notes?.some((n) => /1 in the dyld shared cache/.test(n)));
    assert.equal(r.components.find((c) => c.id === 'dlv')?.version, '1.23.0');
  });

  it('rosetta-vscode: the VS Code fix comes first and no fix touches GOARCH', async () => {
    const r = await diagnoseScenario('rosetta-vscode');
    assert.equal(r.host.translated, true);
    assert.equal(r.findings[0]?.fixes[0]?.title, 'Install the Apple Silicon (or Universal) build of VS Code');
  });

  it('go-amd64: the fix is an arm64 Go and a reinstalled dlv', async () => {
    const r = await diagnoseScenario('go-amd64-apple-silicon');
    assert.match(r.findings[0]?.fixes[0]?.title ?? '', /darwin\/arm64 Go/);
    assert.ok(commands(r.findings[1]).some((c) => c.includes('go install github.com/go-delve/delve/cmd/dlv@latest')));
  });

  it('settings edits carry the scope where the value is set', async () => {
    const ds = await diagnoseScenario('debugserver-path-missing');
    assert.deepEqual(edits(ds.findings[0]), [{ file: 'settings.json', path: ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], remove: true, scope: 'user' }]);
    const blog = await diagnoseScenario('blog-goarch-amd64');
    assert.deepEqual(edits(blog.findings[0]), [{ file: 'settings.json', path: ['go.toolsEnvVars', 'GOARCH'], remove: true, scope: 'workspace' }]);
    const stale = await diagnoseScenario('stale-lldb-path');
    assert.deepEqual(edits(stale.findings[0]), [{ file: 'settings.json', path: ['goLldbDoctor.lldbPaths'], value: [], scope: 'user' }]);
  });

  it('launch.json edits point at the configuration launched (index 1 of the file)', async () => {
    const r = await diagnoseScenario('launch-blog-attributes');
    assert.deepEqual(r.findings.flatMap(edits).map((e) => e.path), [['configurations', 1, 'backend'], ['configurations', 1, 'dlvArgs'], ['configurations', 1, 'dlvDapMode']]);
  });

  it('no Command Line Tools: the fix is xcode-select --install', async () => {
    const r = await diagnoseScenario('no-command-line-tools');
    assert.deepEqual(commands(r.findings[0]), ['xcode-select --install']);
  });

  it('@rpath/liblldb.dylib that cannot be resolved names the rpaths tried', async () => {
    const r = await diagnoseScenario('rpath-unresolved');
    const ev = r.findings[0]?.evidence.join('\n') ?? '';
    assert.match(ev, /@rpath\/liblldb\.dylib, needed by \/opt\/homebrew\/Cellar\/llvm\/18\.1\.8\/bin\/lldb: not found \(tried \/opt\/homebrew\/Cellar\/llvm\/18\.1\.8\/lib\/liblldb\.dylib\)/);
  });

  it('developer mode off: enable it and join _developer', async () => {
    const r = await diagnoseScenario('developer-mode-off');
    assert.deepEqual(commands(r.findings[0]), ['sudo DevToolsSecurity -enable', 'sudo dseditgroup -o edit -a "$USER" -t user _developer']);
  });
});
