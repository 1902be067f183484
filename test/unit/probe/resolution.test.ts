import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import { machineOf } from '../../../src/core/diagnoseInput';
import { loadSnapshot } from '../../../src/core/replay/host';
import { darwinMachine } from '../diagnose/helpers';
import { REPO } from '../diagnose/helpers';

const BIN = path.join(REPO, 'test/fixtures/macho/bin');

function snapshot(files: Record<string, string | { link: string }>, env: Record<string, string>, commands: unknown[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolve-'));
  for (const [p, src] of Object.entries(files)) {
    const out = path.join(dir, 'root', p);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    if (typeof src === 'string') {
      fs.copyFileSync(path.join(BIN, src), out);
      fs.chmodSync(out, 0o755);
    } else fs.symlinkSync(src.link, out);
  }
  const machine = { format: 'go-lldb-doctor-snapshot/1', platform: 'darwin', processArch: 'arm64', env: { HOME: '/Users/dev', ...env }, commands: [{ argv: ['sysctl', '-in', 'hw.optional.arm64'], exitCode: 0, stdout: '1\n', stderr: '' }, ...commands] };
  fs.writeFileSync(path.join(dir, 'machine.json'), JSON.stringify(machine));
  return dir;
}

function hostOf(dir: string) {
  const l = loadSnapshot(dir);
  if ('error' in l) throw new Error(l.error);
  return l.host;
}

describe('probes: search orders and the dependency walk', () => {
  it('dlv: an invalid go.alternateTools.dlv is reported and $GOBIN wins over GOPATH/bin and PATH', async () => {
    const dir = snapshot({ '/gobin/dlv': 'dlv-arm64', '/Users/dev/go/bin/dlv': 'dlv-amd64', '/usr/local/bin/dlv': 'dlv-amd64' }, { GOBIN: '/gobin', PATH: '/usr/local/bin:/usr/bin' });
    const m = await machineOf({ host: hostOf(dir), settings: { 'go.alternateTools': { dlv: '/nowhere/dlv' } }, cache: new DiagnosisCache() });
    assert.equal(m.dlv.path, '/gobin/dlv');
    assert.equal(m.dlv.why, '$GOBIN');
    assert.deepEqual(m.dlv.alternate, { value: '/nowhere/dlv', problem: 'absent' });
    assert.deepEqual(m.dlv.searched.map((s) => s.result), ['absent', 'found']);
  });

  it('debugserver: DELVE_DEBUGSERVER_PATH from the launch env beats go.toolsEnvVars and the host env', async () => {
    const dir = snapshot({ '/x/debugserver': 'debugserver' }, { PATH: '/usr/bin', DELVE_DEBUGSERVER_PATH: '/env/ds' });
    const m = await darwinMachine({
      host: hostOf(dir),
      settings: { 'go.toolsEnvVars': { DELVE_DEBUGSERVER_PATH: '/tools/ds' } },
      launch: { config: { type: 'go', request: 'launch', env: { DELVE_DEBUGSERVER_PATH: '/x/debugserver' } } },
      cache: new DiagnosisCache(),
    });
    assert.equal(m.darwin.stub.path, '/x/debugserver');
    assert.equal(m.darwin.stub.override?.origin, 'launch.env');
    assert.deepEqual(m.darwin.stub.binary?.archs, ['x86_64', 'arm64e']);
    assert.deepEqual(m.darwin.stub.run, { how: 'native', arch: 'arm64e' });
  });

  it('dependencies: @rpath through LC_RPATH, symlink cycles end, system libraries are in the shared cache', async () => {
    const dir = snapshot({
      '/opt/homebrew/opt/llvm/lib/liblldb.dylib': 'liblldb.dylib',
      '/opt/homebrew/opt/llvm/lib/libLLVM.dylib': { link: 'liblldb.dylib' },
    }, { PATH: '/opt/homebrew/opt/llvm/bin:/usr/bin' });
    const m = await darwinMachine({ host: hostOf(dir), cache: new DiagnosisCache() });
    const c = m.darwin.lldb.candidates.find((x) => x.path === '/opt/homebrew/opt/llvm/lib/liblldb.dylib');
    assert.ok(c?.exists);
    // libLLVM.dylib is a symlink back to liblldb.dylib itself: the walk resolves it, sees the cycle and stops.
    assert.deepEqual(c.deps.map((d) => [d.name, d.status]), [['/usr/lib/libSystem.B.dylib', 'shared-cache']]);
    assert.ok(c.deps.every((d) => d.status !== 'missing'));
  });
});
