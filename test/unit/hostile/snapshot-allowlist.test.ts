/**
 * Issue 16 item 3 and issue 20 item 11, as an attacker would: a live capture of THIS Linux machine, with a
 * workspace that plants a secret in every kind of file a probe reads (devcontainer.json containerEnv, build.args,
 * runArgs `-e`, remoteEnv; a Dockerfile `ENV`; launch.json `buildFlags -X`, env, args, dlvFlags, an unknown
 * attribute; settings.json; a Go program built by the real `go` with `-ldflags=-X main.token=…`; the host env).
 * Every written file is read, each `.sparse.json` decoded from base64, and no secret may appear; what the rules
 * read must still be there (the Dockerfile's FROM line, the runArgs platform, GOEXPERIMENT, GOARCH of the build).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { liveHost } from '../../../src/core/host/live';
import { captureSnapshot } from '../../../src/core/capture/capture';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import { loadSnapshot } from '../../../src/core/replay/host';
import { inputFromMachine } from '../../../src/core/replay/input';
import { keptBuildFlags, keptGoVersionM } from '../../../src/core/capture/buildInfo';
import { KEPT } from '../../../src/core/capture/kept';
import type { ProbeTextKind } from '../../../src/core/io/read';
import { cleanTmp, tmpDir } from './io-helpers';

const GO = '/usr/bin/go';
const SECRETS = {
  db: 'dbPw1sEcReT', npm: 'npmT0kSeCrEt', aws: 'awsK3ySeCrEt', remote: 'r3moteSeCrEt', dockerEnv: 'd0ckerEnvSeCrEt',
  ldflags: 'ldfl4gsSeCrEt', buildFlags: 'bu1ldFlSeCrEt', launchEnv: 'l4unchEnvSeCrEt', args: 'argsSeCrEt9', dlvFlags: 'dlvFlSeCrEt7',
  unknown: 'unkn0wnSeCrEt', settings: 's3ttingsSeCrEt', proxy: 'pr0xySeCrEt', host: 'h0stEnvSeCrEt', goMod: 'g0modSeCrEt',
};

/** Every written file's text, with the bytes of each `.sparse.json` decoded (a grep of the folder misses those). */
function everything(dir: string): string {
  let all = '';
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      all += `\n${p}`;
      if (e.isSymbolicLink()) all += ` -> ${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else {
        const text = fs.readFileSync(p, 'utf8');
        all += `\n${text}`;
        if (e.name.endsWith('.sparse.json')) {
          for (const x of (JSON.parse(text) as { extents: { base64: string }[] }).extents) all += `\n${Buffer.from(x.base64, 'base64').toString('latin1')}`;
        }
      }
    }
  };
  walk(dir);
  return all;
}

function workspace(): { ws: string; launch: Record<string, unknown>; launchText: string; settings: Record<string, unknown> } {
  const ws = fs.realpathSync(tmpDir('hostile-ws-'));
  fs.mkdirSync(path.join(ws, '.devcontainer'));
  fs.mkdirSync(path.join(ws, '.vscode'));
  fs.writeFileSync(path.join(ws, '.devcontainer/devcontainer.json'), `// a dev container
{
  "name": "dev",
  "build": { "dockerfile": "Dockerfile", "context": "..", "args": { "NPM_TOKEN": "${SECRETS.npm}" } },
  "runArgs": ["--platform=linux/amd64", "-e", "AWS_SECRET_ACCESS_KEY=${SECRETS.aws}", "--cap-add=SYS_PTRACE"],
  "containerEnv": { "DATABASE_PASSWORD": "${SECRETS.db}", "GOARCH": "amd64" },
  "remoteEnv": { "GITHUB_TOKEN": "${SECRETS.remote}" },
  "securityOpt": ["seccomp=unconfined"],
}
`);
  fs.writeFileSync(path.join(ws, '.devcontainer/Dockerfile'), `ARG BASE=golang\nFROM --platform=linux/amd64 golang:1.22\nENV API_TOKEN=${SECRETS.dockerEnv}\nRUN echo ${SECRETS.dockerEnv} > /etc/token\n`);
  fs.writeFileSync(path.join(ws, 'go.mod'), `module example.com/hello\n\ngo 1.19\n\n// replace with https://me:${SECRETS.goMod}@git.example/x\n`);
  fs.writeFileSync(path.join(ws, 'main.go'), 'package main\n\nvar token string\n\nfunc main() { println(len(token)) }\n');
  const gocache = path.join(ws, '.gocache');
  execFileSync(GO, ['build', '-ldflags', `-X main.token=${SECRETS.ldflags}`, '-o', 'hello', '.'], {
    cwd: ws, env: { ...process.env, GOCACHE: gocache, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }, stdio: 'pipe',
  });
  fs.rmSync(gocache, { recursive: true, force: true });
  const launch = {
    name: 'Run', type: 'go', request: 'launch', mode: 'exec', program: '${workspaceFolder}/hello',
    buildFlags: `-ldflags='-X main.token=${SECRETS.buildFlags} -linkmode external'`,
    env: { GOEXPERIMENT: 'nodwarf5', SERVICE_TOKEN: SECRETS.launchEnv }, args: ['--password', SECRETS.args],
    dlvFlags: [`--token=${SECRETS.dlvFlags}`], apiSecret: SECRETS.unknown,
  };
  const launchText = JSON.stringify({ version: '0.2.0', configurations: [launch] }, null, 2);
  fs.writeFileSync(path.join(ws, '.vscode/launch.json'), launchText);
  const settings = {
    'go.toolsEnvVars': { GOEXPERIMENT: 'nodwarf5', NPM_TOKEN: SECRETS.settings }, 'go.delveConfig': { apiKey: SECRETS.settings },
    'http.proxy': `http://me:${SECRETS.proxy}@proxy.example`,
  };
  return { ws, launch, launchText, settings };
}

describe('hostile: a live Linux capture keeps only what the diagnosis reads (issue 16 item 3, issue 20 item 11)', function () {
  this.timeout(120_000);
  after(cleanTmp);
  const live = process.platform === 'linux' && fs.existsSync(GO);

  it('no planted secret survives in any written file, decoded; every fact a rule reads does', async function () {
    if (!live) this.skip();
    const { ws, launch, launchText, settings } = workspace();
    // GOEXPERIMENT: a value go 1.19 accepts (its `go env -json` runs with this env).
    const env = { ...process.env, AWS_SECRET_ACCESS_KEY: SECRETS.host, GOEXPERIMENT: 'fieldtrack' } as Record<string, string>;
    const host = liveHost({ cwd: ws, env });
    const input = { host, workspaceFolder: ws, settings, launch: { config: launch, index: 0, launchJsonText: launchText } };
    const out = path.join(tmpDir(), 'out');
    const r = await captureSnapshot(input, out);
    const all = everything(out);
    for (const [where, s] of Object.entries(SECRETS)) assert.ok(!all.includes(s), `the snapshot holds the ${where} secret`);

    // What the rules read is kept.
    const root = (p: string): string => fs.readFileSync(path.join(out, 'root', p), 'utf8');
    assert.match(root(`${ws}/.devcontainer/Dockerfile`), /^\nFROM --platform=linux\/amd64 golang:1\.22\n/);
    const dc = JSON.parse(root(`${ws}/.devcontainer/devcontainer.json`)) as Record<string, unknown>;
    // Unread elements become null, so the platform flag keeps its index (the edit names it).
    assert.deepEqual(dc.runArgs, ['--platform=linux/amd64', null, null, '--cap-add=SYS_PTRACE']);
    assert.deepEqual(dc.containerEnv, { GOARCH: 'amd64' });
    assert.deepEqual(dc.build, { dockerfile: 'Dockerfile', context: '..' });
    assert.equal(root(`${ws}/go.mod`), '\n\ngo 1.19\n');
    assert.match(all, /build\t-ldflags=-X\n/, 'the build info keeps -ldflags with the -X value removed');
    assert.match(all, /build\tGOARCH=amd64/);
    const machine = JSON.parse(fs.readFileSync(path.join(out, 'machine.json'), 'utf8')) as { env: Record<string, string>; vscode: { launchJson: string; settings: Record<string, unknown> } };
    assert.equal(machine.env.GOEXPERIMENT, 'fieldtrack', 'GOEXPERIMENT (read by the DWARF 5 rules) is kept');
    assert.deepEqual(machine.vscode.settings['go.toolsEnvVars'], { GOEXPERIMENT: 'nodwarf5' });
    const kept = (JSON.parse(machine.vscode.launchJson) as { configurations: Record<string, unknown>[] }).configurations[0];
    assert.deepEqual(kept, { name: 'Run', type: 'go', request: 'launch', mode: 'exec', program: '${workspaceFolder}/hello', buildFlags: '-ldflags=-X -linkmode external', env: { GOEXPERIMENT: 'nodwarf5' }, apiSecret: null });

    // And a replay of the folder reaches the same diagnosis as the live run.
    const loaded = loadSnapshot(out);
    assert.ok(!('error' in loaded), JSON.stringify(loaded));
    const back = inputFromMachine(loaded.host, loaded.machine);
    assert.ok(back.ok);
    const replayed = await diagnose({ ...back.input, cache: new DiagnosisCache() });
    assert.deepEqual(replayed.findings.map((f) => f.code), r.report.findings.map((f) => f.code));
  });

  it('build flags and `go version -m` keep the flag names and the words a rule reads only', () => {
    assert.equal(keptBuildFlags('-ldflags "-X main.v=1 -s -w" -tags secret_tag -race'), '-ldflags -X -s -w -tags -race');
    assert.deepEqual(keptBuildFlags(['-ldflags=-linkmode=external -X=a.b=c', '-gcflags=all=-N -l']), ['-ldflags=-linkmode=external', '-gcflags=all=-N -l']);
    const m = 'dlv: go1.22.3\n\tpath\tgithub.com/go-delve/delve/cmd/dlv\n\tmod\tgithub.com/go-delve/delve\tv1.23.1\th1:x\n\tbuild\t-ldflags="-X main.k=T0P -s"\n\tbuild\tGOARCH=arm64\n\tbuild\tvcs.revision=abc\n';
    assert.equal(keptGoVersionM(m), 'dlv: go1.22.3\n\tpath\tgithub.com/go-delve/delve/cmd/dlv\n\tmod\tgithub.com/go-delve/delve\tv1.23.1\th1:x\n\tbuild\t-ldflags="-X -s"\n\tbuild\tGOARCH=arm64\n');
  });
});

describe('hostile: the allow-list table keeps, of each kind of file, only the parts a probe reads (issue 16 item 3)', () => {
  const SAMPLES: Record<ProbeTextKind, { text: string; kept: string }> = {
    envFile: { text: 'GOARCH=arm64\nDB_PASSWORD=SeCrEt\n', kept: 'GOARCH=arm64\n' },
    goMod: { text: 'module x\n\ngo 1.22\ntoolchain go1.22.5\nreplace a => https://u:SeCrEt@h/x v1\n', kept: '\n\ngo 1.22\ntoolchain go1.22.5\n' },
    plist: { text: '<plist><dict><key>Token</key><string>SeCrEt</string><key>CFBundleVersion</key><string>1600.0.1</string></dict></plist>', kept: '<plist><dict><key>CFBundleVersion</key><string>1600.0.1</string></dict></plist>\n' },
    devcontainer: {
      text: '{"image":"golang","runArgs":["--platform","linux/amd64","-e","K=SeCrEt","--privileged"],"containerEnv":{"GOFLAGS":"-mod=mod","TOKEN":"SeCrEt"},"build":{"args":{"A":"SeCrEt"}},"customizations":{"x":"SeCrEt"}}',
      kept: JSON.stringify({ image: 'golang', runArgs: ['--platform', 'linux/amd64', null, null, '--privileged'], build: {}, containerEnv: { GOFLAGS: '-mod=mod' } }, null, 2) + '\n',
    },
    dockerfile: {
      text: 'ARG BASE=golang\nARG TOKEN=SeCrEt\nFROM ${BASE} AS b\nENV T=SeCrEt\nfrom --platform=linux/arm64 \\\n  debian\nRUN echo SeCrEt\n',
      kept: 'ARG BASE=golang\n\nFROM ${BASE} AS b\n\nfrom --platform=linux/arm64 \\\n  debian\n',
    },
    compose: {
      text: 'services:\n  app:\n    platform: linux/amd64 # SeCrEt\n    environment:\n      platform: SeCrEt\n      TOKEN: SeCrEt\n  db:\n    image: x\nsecrets:\n  a:\n    platform: SeCrEt\n',
      kept: 'services:\n  app:\n    platform: linux/amd64\n\n\n\n  db:\n',
    },
    procStatus: { text: 'Name:\tSeCrEt\nPPid:\t7\nSeccomp:\t2\nCapEff:\t00000000a80425fb\nUid:\t0\t0\t0\t0\n', kept: 'PPid:\t7\nSeccomp:\t2\nCapEff:\t00000000a80425fb\nUid:\t0\t0\t0\t0\n' },
    binfmt: { text: 'enabled\ninterpreter /usr/bin/qemu-x86_64\nflags: OCF\nmagic SeCrEt\n', kept: 'enabled\ninterpreter /usr/bin/qemu-x86_64\n' },
    ptraceScope: { text: '1\nSeCrEt\n', kept: '1\n' },
    kernelArch: { text: 'aarch64\nSeCrEt\n', kept: 'aarch64\n' },
    osRelease: { text: '6.10.14-linuxkit\nSeCrEt\n', kept: '6.10.14-linuxkit\n' },
  };

  for (const kind of Object.keys(KEPT) as ProbeTextKind[]) {
    it(`${kind}: only the parts read, and keeping twice changes nothing (what the summary checks)`, () => {
      const sample = SAMPLES[kind];
      const kept = KEPT[kind].keep(sample.text);
      assert.equal(kept, sample.kept);
      assert.ok(!kept.includes('SeCrEt'));
      assert.equal(KEPT[kind].keep(kept), kept);
    });
  }
});
