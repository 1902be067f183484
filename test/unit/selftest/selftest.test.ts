/**
 * The self-test with real components (issue 18): Debian's dlv 1.20.2 and go 1.19 on this machine, Delve's real
 * answer to `backend: "lldb"` on Linux, Debian's arm64 Delve under qemu-aarch64, a dlv wrapper that is slow to
 * accept, a `port` nothing listens on, and a program that does not build. Each run must leave no process and no
 * temporary folder behind.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { liveHost } from '../../../src/core/host/live';
import { runSelftest, type SelftestInput, type SelftestResult } from '../../../src/core/selftest/index';
import { selftestJson } from '../../../src/core/selftest/render';
import { REPO } from '../diagnose/helpers';
import { alive } from './alive';

const ARM64_DLV = path.join(REPO, 'test/host/arm64/usr/bin/dlv');
const QEMU = '/usr/bin/qemu-aarch64';

function tempEntries(): Set<string> {
  return new Set(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('go-lldb-doctor-selftest-')));
}

/** The pid the spawn stage started (its output ends with "(pid N)"). */
function dlvPid(r: SelftestResult): number | undefined {
  const m = /\(pid (\d+)\)/.exec(r.stages.find((s) => s.name === 'spawn')?.output ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Runs the self-test and checks that it left nothing: dlv gone, no new temporary folder. */
async function selftest(extra: Partial<SelftestInput> = {}): Promise<SelftestResult> {
  const before = tempEntries();
  const r = await runSelftest({ host: liveHost({ cwd: REPO }), workspaceFolder: REPO, trusted: true, totalMs: 120_000, ...extra });
  const pid = dlvPid(r);
  if (pid !== undefined) assert.equal(alive(pid), false, `dlv (pid ${pid}) still runs`);
  assert.deepEqual([...tempEntries()].filter((n) => !before.has(n)), [], 'a temporary folder was left');
  JSON.parse(selftestJson(r)); // the JSON form is valid
  return r;
}

function launchConfig(extra: Record<string, unknown>): SelftestInput['launch'] {
  return { config: { name: 'test', type: 'go', request: 'launch', mode: 'debug', program: '${workspaceFolder}', ...extra }, index: 0 };
}

const wrappers: string[] = [];

/** A script used as go.alternateTools.dlv (vscode-go runs it as dlv). */
function wrapper(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selftest-wrapper-'));
  wrappers.push(dir);
  const file = path.join(dir, 'dlv');
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

const failedStage = (r: SelftestResult) => r.stages.find((s) => !s.ok);

describe('selftest: a real debugging session, stage by stage', function () {
  this.timeout(180_000);
  // A temporary folder of its own (os.tmpdir() reads TMPDIR): "no folder left" then counts only this suite's runs,
  // not those of another suite or checkout running at the same time.
  const savedTmp = process.env.TMPDIR;
  before(() => {
    process.env.TMPDIR = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-selftest-suite-'));
  });
  after(() => {
    wrappers.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
    const mine = process.env.TMPDIR;
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    if (mine) fs.rmSync(mine, { recursive: true, force: true });
  });

  it('passes every stage with Debian dlv and go, and reads the local variable', async () => {
    const r = await selftest();
    assert.deepEqual(r.stages.map((s) => [s.name, s.ok]), [
      ['spawn', true], ['listen', true], ['connect', true], ['initialize', true], ['launch', true],
      ['breakpoint', true], ['stopped', true], ['variables', true], ['disconnect', true],
    ]);
    assert.equal(r.ok, true);
    assert.match(r.stages.find((s) => s.name === 'variables')?.output ?? '', /^answer = 42$/m);
    assert.match(r.stages.find((s) => s.name === 'listen')?.output ?? '', /DAP server listening at: 127\.0\.0\.1:\d+/);
    assert.deepEqual(r.findings, []);
  });

  it('backend "lldb": stops at launch with Delve\'s own text and the lldb-server finding', async () => {
    const r = await selftest({ launch: launchConfig({ backend: 'lldb' }) });
    assert.equal(r.ok, false);
    assert.equal(failedStage(r)?.name, 'launch');
    assert.equal(r.stages.at(-1)?.name, 'launch', 'the first failing stage ends the run');
    assert.match(failedStage(r)?.output ?? '', /could not launch process: backend unavailable/);
    assert.ok(r.findings.some((f) => f.code === 'lldb-server-missing'), JSON.stringify(r.findings.map((f) => f.code)));
  });

  it('arm64 Delve under qemu-aarch64: stops at launch with "function not implemented" and the emulation finding', async function () {
    if (!fs.existsSync(ARM64_DLV)) this.skip(); // extracted by `npm test`'s set-up (scripts/setup.mjs)
    const dlv = wrapper(`exec ${QEMU} -L /usr/aarch64-linux-gnu ${ARM64_DLV} "$@"`);
    // qemu-user 7.2 sometimes deadlocks a forked child of the emulated dlv (test/integration/vscode/qemuFork.ts): the
    // launch then gets no answer (twice in one run of the suite here, under load). That emulator bug, and only it, is
    // tried again; a normal emulated launch answers in about 1.5 s, so 20 s bounds each attempt.
    let r = await selftest({ settings: { 'go.alternateTools': { dlv } }, totalMs: 20_000 });
    for (let i = 0; i < 2 && /no answer within/.test(failedStage(r)?.output ?? ''); i++) r = await selftest({ settings: { 'go.alternateTools': { dlv } }, totalMs: 20_000 });
    assert.equal(failedStage(r)?.name, 'launch');
    assert.match(failedStage(r)?.output ?? '', /fork\/exec [^\n]*: function not implemented/);
    assert.equal(r.findings[0]?.code, 'linux-emulated');
  });

  it('a dlv that accepts 3 s after its listen line: the connect stage names the delay against vscode-go\'s 1000 ms', async () => {
    // Prints the listen line for the port it was given, then waits before the real dlv listens on it.
    const dlv = wrapper('for a in "$@"; do case "$a" in --listen=*) echo "DAP server listening at: ${a#--listen=}";; esac; done\nsleep 3\nexec /usr/bin/dlv "$@"');
    const r = await selftest({ settings: { 'go.alternateTools': { dlv } } });
    const c = failedStage(r);
    assert.equal(c?.name, 'connect');
    const ms = Number(/dlv accepted (\d+) ms after its listen line, but vscode-go waits only 1000 ms/.exec(c?.output ?? '')?.[1]);
    assert.ok(ms >= 2900 && ms < 5000, c?.output);
    assert.ok(r.findings.some((f) => f.evidence.some((e) => /connection timeout/.test(e))), JSON.stringify(r.findings));
  });

  it('a port nothing listens on: vscode-go starts no dlv, and the connect stage fails', async () => {
    const r = await selftest({ launch: launchConfig({ port: 1 }), totalMs: 3_000 });
    assert.deepEqual(r.stages.map((s) => s.name), ['connect']);
    assert.match(failedStage(r)?.output ?? '', /nothing accepted a connection at 127\.0\.0\.1:1 .*ECONNREFUSED/);
    assert.match(r.summary, /port 1/);
  });

  it('a program that does not build: stops at launch with the compiler\'s output', async () => {
    const r = await selftest({ source: 'package main\n\nfunc main() {\n\tanswer := undefinedName\n}\n' });
    assert.equal(failedStage(r)?.name, 'launch');
    assert.match(failedStage(r)?.output ?? '', /undefined: undefinedName/);
    assert.match(failedStage(r)?.output ?? '', /Build error/i);
  });

  it('does not run in an untrusted workspace, and says so in one line', async () => {
    const r = await selftest({ trusted: false });
    assert.equal(r.notRun?.includes('untrusted workspace'), true);
    assert.deepEqual(r.stages, []);
    assert.equal(r.summary.split('\n').length, 1);
  });
});
