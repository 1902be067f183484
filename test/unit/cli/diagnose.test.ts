import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import type { Report } from '../../../src/core/report/types';
import { REPO, SNAPSHOTS } from '../diagnose/helpers';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

describe('cli: diagnose', () => {
  it('--snapshot --json prints the report and exits 1 on an error verdict', async () => {
    const r = await cli(['--snapshot', path.join(REPO, 'examples/snapshots/rosetta-vscode'), '--json']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out) as Report;
    assert.equal(report.format, 'go-lldb-doctor-report/1');
    assert.equal(report.findings[0]?.code, 'vscode-translated');
  });

  it('exits 0 on a healthy machine, with a readable text report and no colour off a TTY', async () => {
    const r = await cli(['diagnose', '--snapshot', path.join(REPO, 'examples/snapshots/healthy-apple-silicon')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /ok/);
    assert.doesNotMatch(r.out, /\u001b\[/);
  });

  it('--markdown gives a report to paste into an issue', async () => {
    const r = await cli(['--snapshot', path.join(SNAPSHOTS, 'delve-too-old'), '--markdown']);
    assert.equal(r.code, 1);
    assert.match(r.out, /dlv-too-old/);
    assert.match(r.out, /^#/m);
  });

  it('--launch FILE --config NAME and --settings FILE (JSONC) replace the snapshot\'s workspace', async () => {
    const launch = write('ws/.vscode/launch.json', '{\n  // comment\n  "configurations": [\n    { "name": "A", "type": "go", "request": "launch", "mode": "auto", "program": "." },\n    { "name": "B", "type": "go", "request": "launch", "mode": "debug", "program": ".", "backend": "native", },\n  ],\n}\n');
    const settings = write('ws/.vscode/settings.json', '{ /* blog */ "go.toolsEnvVars": { "GOARCH": "amd64" }, }');
    const r = await cli(['--snapshot', path.join(SNAPSHOTS, 'healthy-apple-silicon'), '--launch', launch, '--config', 'B', '--settings', settings, '--json']);
    assert.equal(r.code, 1, r.err);
    const report = JSON.parse(r.out) as Report;
    assert.deepEqual(report.findings.map((f) => f.code), ['settings-goarch-override', 'target-arch-mismatch', 'launch-native-backend']);
    const fix = report.findings[2]?.fixes[0];
    assert.ok(fix?.kind === 'edit' && fix.edit.path[1] === 1);
  });

  it('bad input: one line naming the file and the place, exit 2', async () => {
    const bad = write('bad/.vscode/launch.json', '{\n  "configurations": [\n    { "name": "A", "type": "go" "request": "launch" }\n  ]\n}\n');
    const r = await cli(['--snapshot', path.join(SNAPSHOTS, 'healthy-apple-silicon'), '--launch', bad]);
    assert.equal(r.code, 2);
    assert.match(r.err, /launch\.json:3:33: /);
    assert.equal(r.err.trim().split('\n').length, 1);

    const snap = path.join(tmp, 'badsnap');
    fs.mkdirSync(snap);
    fs.writeFileSync(path.join(snap, 'machine.json'), '{"format": "go-lldb-doctor-snapshot/9", "platform": "darwin"}');
    const r2 = await cli(['--snapshot', snap]);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /machine\.json:1:\d+: unknown snapshot format/);

    const r3 = await cli(['--snapshot', path.join(tmp, 'nowhere')]);
    assert.equal(r3.code, 2);
    assert.match(r3.err, /cannot read the snapshot \(ENOENT\)/);

    const r4 = await cli(['--bogus']);
    assert.equal(r4.code, 2);
  });

  it('on this Linux machine (native x86_64): the Linux report, the kernel read from /proc, no finding', async function () {
    if (process.platform !== 'linux') this.skip();
    const r = await cli(['--json']);
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out) as Report;
    assert.deepEqual(report.findings.map((f) => f.code), []);
    assert.equal(report.components[0]?.command, 'cat /proc/sys/kernel/arch');
  });
});

describe('cli: snapshot', () => {
  it('captures (here: a replayed snapshot) into a folder that replays to the same report', async () => {
    const src = path.join(SNAPSHOTS, 'go-amd64-apple-silicon');
    const out = path.join(tmp, 'captured');
    const r = await cli(['snapshot', out, '--snapshot', src]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Wrote .*captured: \d+ files/);
    const a = await cli(['--snapshot', src, '--json']);
    const b = await cli(['--snapshot', out, '--json']);
    assert.equal(b.out, a.out);
    const again = await cli(['snapshot', out, '--snapshot', src]);
    assert.equal(again.code, 2);
  });
});
