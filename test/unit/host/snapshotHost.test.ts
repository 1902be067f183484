import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadSnapshot } from '../../../src/core/replay/host';
import type { Host } from '../../../src/core/host/types';

function makeSnapshot(machine: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-'));
  fs.writeFileSync(path.join(dir, 'machine.json'), typeof machine === 'string' ? machine : JSON.stringify(machine, null, 2));
  fs.mkdirSync(path.join(dir, 'root'));
  return dir;
}

const base = {
  format: 'go-lldb-doctor-snapshot/1',
  platform: 'darwin',
  processArch: 'arm64',
  env: { PATH: '/usr/bin:/bin', HOME: '/Users/dev' },
  commands: [
    { argv: ['sysctl', '-in', 'hw.optional.arm64'], exitCode: 0, stdout: '1\n', stderr: '' },
    { argv: ['/usr/local/go/bin/go', 'env', '-json'], exitCode: 0, stdout: '{}', stderr: '' },
    { argv: ['xcode-select', '-p'], error: 'ENOENT' },
  ],
};

function load(dir: string): Host {
  const r = loadSnapshot(dir);
  if ('error' in r) throw new Error(r.error);
  return r.host;
}

describe('snapshot host', () => {
  let dir: string;
  let root: string;
  let host: Host;
  beforeEach(() => {
    dir = makeSnapshot(base);
    root = path.join(dir, 'root');
    fs.mkdirSync(path.join(root, 'opt/homebrew/Cellar/llvm/17/lib'), { recursive: true });
    fs.writeFileSync(path.join(root, 'opt/homebrew/Cellar/llvm/17/lib/real.dylib'), 'abcdef');
    fs.mkdirSync(path.join(root, 'opt/homebrew/opt'), { recursive: true });
    fs.symlinkSync('../Cellar/llvm/17', path.join(root, 'opt/homebrew/opt/llvm'));
    fs.symlinkSync('/opt/homebrew/Cellar/llvm/17/lib/real.dylib', path.join(root, 'opt/homebrew/abs.dylib'));
    fs.symlinkSync('../../../../../../../../etc/passwd', path.join(root, 'opt/homebrew/escape'));
    fs.symlinkSync('loop2', path.join(root, 'opt/loop1'));
    fs.symlinkSync('loop1', path.join(root, 'opt/loop2'));
    const sparse = { size: 1000, mode: '0755', extents: [{ offset: 0, base64: Buffer.from('ABCD').toString('base64') }, { offset: 4, base64: Buffer.from('EF').toString('base64') }, { offset: 900, base64: Buffer.from('xyz').toString('base64') }] };
    fs.mkdirSync(path.join(root, 'usr/bin'), { recursive: true });
    fs.writeFileSync(path.join(root, 'usr/bin/debugserver.sparse.json'), JSON.stringify(sparse));
    host = load(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exposes the recorded process facts and env', () => {
    assert.equal(host.platform, 'darwin');
    assert.equal(host.processArch, 'arm64');
    assert.equal(host.env.HOME, '/Users/dev');
  });

  it('resolves relative and absolute symlinks inside root/', () => {
    const r = host.realpath('/opt/homebrew/opt/llvm/lib/real.dylib');
    assert.deepEqual(r, { ok: true, value: '/opt/homebrew/Cellar/llvm/17/lib/real.dylib' });
    assert.deepEqual(host.realpath('/opt/homebrew/abs.dylib'), { ok: true, value: '/opt/homebrew/Cellar/llvm/17/lib/real.dylib' });
    const l = host.lstat('/opt/homebrew/opt/llvm');
    assert.ok(l.ok && l.value.kind === 'symlink');
    assert.deepEqual(host.readlink('/opt/homebrew/opt/llvm'), { ok: true, value: '../Cellar/llvm/17' });
  });

  it('never leaves root/: .. stops at the root', () => {
    const r = host.realpath('/opt/homebrew/escape');
    assert.deepEqual(r.ok ? r.value : r.code, 'ENOENT');
    assert.equal(host.stat('/../../../etc/passwd').ok, false);
  });

  it('detects symlink loops', () => {
    const r = host.stat('/opt/loop1');
    assert.equal(r.ok ? 'ok' : r.code, 'ELOOP');
  });

  it('reads a .sparse.json as a file of size bytes and refuses bytes not captured', () => {
    const st = host.stat('/usr/bin/debugserver');
    assert.ok(st.ok);
    assert.equal(st.value.size, 1000);
    assert.equal(st.value.kind, 'file');
    assert.equal(host.isExecutable('/usr/bin/debugserver'), true);
    assert.deepEqual(host.readdir('/usr/bin'), { ok: true, value: ['debugserver'] });
    const src = host.open('/usr/bin/debugserver');
    assert.ok(src.ok);
    assert.equal(Buffer.from(src.value.read(0, 6) as Uint8Array).toString(), 'ABCDEF');
    assert.equal(Buffer.from(src.value.read(901, 2) as Uint8Array).toString(), 'yz');
    const gap = src.value.read(4, 10);
    assert.ok(gap instanceof Error && /not captured/.test(gap.message));
    assert.ok(src.value.read(500, 1) instanceof Error);
  });

  it('replays commands by exact argv and by base name', async () => {
    assert.equal((await host.run(['sysctl', '-in', 'hw.optional.arm64'])).stdout, '1\n');
    assert.equal((await host.run(['/usr/sbin/sysctl', '-in', 'hw.optional.arm64'])).stdout, '1\n');
    assert.equal((await host.run(['/opt/go/bin/go', 'env', '-json'])).error, 'ENOREPLAY');
    assert.equal((await host.run(['xcode-select', '-p'])).error, 'ENOENT');
    assert.equal((await host.run(['uname', '-m'])).error, 'ENOREPLAY');
  });
});

describe('loadSnapshot errors', () => {
  it('names machine.json and the place of a syntax error', () => {
    const dir = makeSnapshot('{\n  "format": "go-lldb-doctor-snapshot/1",\n  "platform": darwin\n}');
    const r = loadSnapshot(dir);
    assert.ok('error' in r);
    assert.match(r.error, /machine\.json:3:15: /);
    assert.equal(r.error.includes('\n'), false);
  });
  it('refuses an unknown major format version, naming the place', () => {
    const dir = makeSnapshot({ ...base, format: 'go-lldb-doctor-snapshot/2' });
    const r = loadSnapshot(dir);
    assert.ok('error' in r);
    assert.match(r.error, /machine\.json:2:\d+: unknown snapshot format "go-lldb-doctor-snapshot\/2"/);
  });
  it('reports a missing folder or machine.json', () => {
    const r = loadSnapshot('/nonexistent/snapshot');
    assert.ok('error' in r && /cannot read the snapshot \(ENOENT\)/.test(r.error));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-'));
    const r2 = loadSnapshot(dir);
    assert.ok('error' in r2 && r2.error.includes('machine.json'));
  });
  it('checks commands', () => {
    const dir = makeSnapshot({ ...base, commands: [{ argv: 'uname -m', exitCode: 0 }] });
    const r = loadSnapshot(dir);
    assert.ok('error' in r && /commands\[0\]\.argv/.test(r.error));
  });
});
