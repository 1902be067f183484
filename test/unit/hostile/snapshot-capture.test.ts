/**
 * Items 1 and 2 of issue #9, as an attacker would: a hostile snapshot (paths with `..`, symlinks pointing out of
 * the folder) re-captured with `snapshot OUT --snapshot H` must write nothing outside OUT and remove nothing; a
 * capture must not hold any of the secrets planted in the env, the envFile, the launch env, go.toolsEnvVars,
 * `go env -json` output and a `--settings` file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeRoot } from '../../../src/core/capture/writeRoot';
import { loadSnapshot } from '../../../src/core/replay/host';
import { captureSnapshot } from '../../../src/core/capture/capture';
import type { Recording } from '../../../src/core/capture/recorder';
import { withoutCredentials } from '../../../src/core/capture/keptEnv';
import { snapshotSummary } from '../../../src/core/capture/summary';
import type { MachineJson } from '../../../src/core/snapfile/machineJson';
import { cleanTmp, cli, copySnapshot, tmpDir, tree } from './io-helpers';

describe('hostile: snapshot capture stays in its folder (issue #9 item 1)', () => {
  after(cleanTmp);

  it('a `/../../x/dlv` setting and a symlink `x` neither replace nor remove a directory outside OUT', async () => {
    const base = tmpDir();
    const victim = path.join(base, 'x');
    fs.mkdirSync(victim);
    fs.writeFileSync(path.join(victim, 'precious.txt'), 'keep me');
    const src = copySnapshot('healthy-apple-silicon', (m) => {
      (m.vscode as Record<string, unknown>).settings = { 'go.alternateTools': { dlv: '/../../x/dlv' } };
    });
    fs.symlinkSync('/Users', path.join(src, 'root/x'));
    const out = path.join(base, 'out');
    const r = await cli(['snapshot', out, '--snapshot', src]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(tree(victim), { 'precious.txt': 'keep me' });
    assert.ok(fs.lstatSync(victim).isDirectory());
    assert.equal(fs.readlinkSync(path.join(out, 'root/x')), '/Users');
    assert.deepEqual(fs.readdirSync(base).sort(), ['out', 'x']);
  });

  it('a listing through a recorded symlink is written at its real path, never through the symlink', () => {
    const base = tmpDir();
    const victim = path.join(base, 'victim');
    const src = path.join(base, 'snap');
    fs.mkdirSync(path.join(src, 'root', victim, 'homebrew/bin'), { recursive: true });
    fs.writeFileSync(path.join(src, 'root', victim, 'homebrew/bin/dlv'), 'x');
    fs.symlinkSync(victim, path.join(src, 'root/opt'));
    fs.writeFileSync(path.join(src, 'machine.json'), JSON.stringify({ format: 'go-lldb-doctor-snapshot/1', platform: 'darwin', processArch: 'arm64', env: {}, commands: [] }));
    const loaded = loadSnapshot(src);
    assert.ok(!('error' in loaded), JSON.stringify(loaded));
    const host = loaded.host;
    const rec: Recording = { paths: new Set(['/opt', '/opt/homebrew/bin/dlv']), reads: new Map(), texts: new Map(), dirs: new Set(['/opt/homebrew/bin']), commands: [] };
    const outRoot = path.join(base, 'out');
    fs.mkdirSync(outRoot);
    writeRoot(host, rec, outRoot);
    assert.equal(fs.existsSync(victim), false, 'nothing was written at the symlink\'s real target');
    assert.equal(fs.readlinkSync(path.join(outRoot, 'opt')), victim);
    assert.ok(fs.existsSync(path.join(outRoot, victim, 'homebrew/bin/dlv.sparse.json')));
  });

  it('refuses a non-empty folder and an existing file, in one line, exit 2, touching nothing', async () => {
    const base = tmpDir();
    fs.writeFileSync(path.join(base, 'file'), 'mine');
    fs.mkdirSync(path.join(base, 'full'));
    fs.writeFileSync(path.join(base, 'full/keep'), 'mine');
    const src = copySnapshot('healthy-apple-silicon');
    for (const target of ['file', 'full']) {
      const r = await cli(['snapshot', path.join(base, target), '--snapshot', src]);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
    assert.equal(fs.readFileSync(path.join(base, 'file'), 'utf8'), 'mine');
    assert.deepEqual(fs.readdirSync(path.join(base, 'full')), ['keep']);
  });

  it('an OS refusal while writing (ENAMETOOLONG) is one line, exit 2', async () => {
    const deep = Array.from({ length: 15 }, (_, i) => `${i}`.padEnd(200, 'n')).join('/');
    const src = copySnapshot('healthy-apple-silicon', (m) => {
      (m.vscode as Record<string, unknown>).settings = { 'go.alternateTools': { dlv: `/${deep}/dlv` } };
    });
    fs.mkdirSync(path.join(src, 'root', deep), { recursive: true });
    fs.writeFileSync(path.join(src, 'root', deep, 'dlv'), 'not a binary', { mode: 0o755 });
    const out = path.join(tmpDir(), ...Array.from({ length: 8 }, (_, i) => `${i}`.padEnd(200, 'o')));
    const r = await cli(['snapshot', out, '--snapshot', src]);
    assert.equal(r.code, 2);
    assert.match(r.err, /ENAMETOOLONG/);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  });
});

const SECRETS = ['hunter2', 'TOKEN123', 'ghp_secret', 'proxypass', 'dbpass', 'fileonly'];

describe('hostile: a snapshot holds no secret (issue #9 item 2)', () => {
  after(cleanTmp);

  it('env, envFile, launch env, go.toolsEnvVars, go env -json and --settings keep only the relevant keys, without credentials', async () => {
    const base = tmpDir();
    const src = copySnapshot('healthy-apple-silicon', (m) => {
      (m.env as Record<string, string>).AWS_SECRET_ACCESS_KEY = 'hunter2';
      (m.env as Record<string, string>).GOFLAGS = '-modcacherw';
      for (const c of m.commands as { argv: string[]; stdout?: string }[]) {
        if (c.argv[1] === 'env') c.stdout = JSON.stringify({ GOARCH: 'arm64', GOPROXY: 'https://me:TOKEN123@proxy.example', GOROOT: '/opt/homebrew/Cellar/go/1.22.5/libexec', GOVERSION: 'go1.22.5' });
      }
    });
    fs.mkdirSync(path.join(src, 'root/Users/dev/hello'), { recursive: true });
    fs.writeFileSync(path.join(src, 'root/Users/dev/hello/.env'), 'DB_PASSWORD=dbpass\nGOARCH=arm64\nexport API=fileonly\n');
    const launch = path.join(base, 'launch.json');
    fs.writeFileSync(launch, JSON.stringify({
      version: '0.2.0',
      configurations: [{ name: 'L', type: 'go', request: 'launch', program: '${workspaceFolder}', envFile: '${workspaceFolder}/.env', args: ['--token', 'ghp_secret'], env: { GITHUB_TOKEN: 'ghp_secret', GOFLAGS: '-mod=mod' } }],
    }));
    const settings = path.join(base, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({
      'http.proxy': 'http://me:proxypass@proxy:8080',
      'go.toolsEnvVars': { GOPROXY: 'https://me:TOKEN123@goproxy.example', GITHUB_TOKEN: 'ghp_secret', GOFLAGS: '-insecure https://u:proxypass@x.example' },
    }));
    const out = path.join(base, 'out');
    const r = await cli(['snapshot', out, '--snapshot', src, '--launch', launch, '--settings', settings]);
    assert.equal(r.code, 0, r.err);
    const all = JSON.stringify(tree(out));
    for (const s of SECRETS) assert.ok(!all.includes(s), `the snapshot holds ${s}`);
    const machine = JSON.parse(fs.readFileSync(path.join(out, 'machine.json'), 'utf8')) as { vscode: { settings: Record<string, unknown>; launchJson: string } };
    assert.deepEqual(Object.keys(machine.vscode.settings), ['go.toolsEnvVars']);
    assert.deepEqual(machine.vscode.settings['go.toolsEnvVars'], { GOFLAGS: '-insecure https://***@x.example' });
    assert.match(machine.vscode.launchJson, /"GOFLAGS": "-mod=mod"/);
    assert.equal(fs.readFileSync(path.join(out, 'root/Users/dev/hello/.env'), 'utf8'), 'GOARCH=arm64\n');
    const replay = await cli(['--snapshot', out, '--json']);
    assert.ok(replay.code === 0 || replay.code === 1, replay.err);
    const summary = snapshotSummary(out);
    for (const s of SECRETS) assert.ok(!summary.includes(s));
    for (const f of Object.keys(tree(out))) assert.ok(summary.includes(`\`${f}\``), `the summary lists ${f}`);
    assert.match(summary, /`GOFLAGS`/);
    assert.match(summary, /`go\.toolsEnvVars`: `GOFLAGS`/);
  });

  it('settings split by scope (the VS Code export) keep the same keys only', async () => {
    const src = copySnapshot('healthy-apple-silicon');
    const loaded = loadSnapshot(src);
    assert.ok(!('error' in loaded));
    const secret = { 'http.proxy': 'http://me:proxypass@proxy', 'go.toolsEnvVars': { GITHUB_TOKEN: 'ghp_secret', GOARCH: 'arm64' } };
    const out = path.join(tmpDir(), 'out');
    await captureSnapshot({ host: loaded.host, settings: secret, settingsByScope: { user: secret, workspace: { 'go.toolsEnvVars': { GOPROXY: 'https://u:TOKEN123@p' } } } }, out);
    const text = fs.readFileSync(path.join(out, 'machine.json'), 'utf8');
    for (const s of SECRETS) assert.ok(!text.includes(s), s);
    const m = JSON.parse(text) as MachineJson;
    assert.deepEqual(m.vscode?.settingsByScope, { user: { 'go.toolsEnvVars': { GOARCH: 'arm64' } }, workspace: { 'go.toolsEnvVars': {} } });
  });

  it('removes credentials from URLs and nothing else', () => {
    assert.equal(withoutCredentials('https://me:TOKEN@proxy.golang.org,direct'), 'https://***@proxy.golang.org,direct');
    assert.equal(withoutCredentials('git+ssh://git@github.com/x'), 'git+ssh://***@github.com/x');
    assert.equal(withoutCredentials('https://proxy.golang.org a@b.c'), 'https://proxy.golang.org a@b.c');
  });
});
