/**
 * Item 3 of issue #9, as an attacker would: `"envFile": "/dev/zero"`, a FIFO as `program`, as envFile, as a file
 * under a snapshot's root/ and as machine.json. Each is refused with a one-line reason, without blocking and
 * without reading without end. The diagnoses run in a child process, so that a regression fails here (timeout)
 * instead of hanging the suite.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBounded, SIZE_CAPS } from '../../../src/core/io/read';
import { cleanTmp, copySnapshot, tmpDir } from './io-helpers';

const CLI = require.resolve('../../../src/cli/main');

/** Runs the CLI in a child with a hard timeout; returns its exit status and stderr. */
function cliChild(args: string[], timeoutMs = 15_000): { status: number | null; err: string; out: string } {
  const code = `require(${JSON.stringify(CLI)}).main(${JSON.stringify(args)}, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then((c) => process.exit(c))`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', '-e', code], { encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, err: r.stderr, out: r.stdout };
}

function fifo(p: string): string {
  execFileSync('mkfifo', [p]);
  return p;
}

describe('hostile: the bounded reader (issue #9 item 3)', function () {
  this.timeout(40_000);
  after(cleanTmp);

  it('refuses a FIFO, a device and a directory with a typed one-line reason, without blocking', () => {
    const d = tmpDir();
    const f = fifo(path.join(d, 'pipe'));
    const r = readBounded(f, 'envFile');
    assert.ok(!r.ok && r.code === 'ENOTREG' && /FIFO/.test(r.message), JSON.stringify(r));
    const z = readBounded('/dev/zero', 'envFile');
    assert.ok(!z.ok && z.code === 'ENOTREG' && /character device/.test(z.message));
    const dir = readBounded(d, 'launch');
    assert.ok(!dir.ok && dir.code === 'EISDIR');
    fs.writeFileSync(path.join(d, 'big'), Buffer.alloc(SIZE_CAPS.envFile + 1));
    const big = readBounded(path.join(d, 'big'), 'envFile');
    assert.ok(!big.ok && big.code === 'EFBIG' && /envFile/.test(big.message));
  });

  it('reads a procfs file that reports size 0 to its end, within the cap', () => {
    const r = readBounded('/proc/self/status', 'text');
    assert.ok(r.ok && r.value.includes('Name:'));
  });

  it('a live launch with envFile /dev/zero or a FIFO, and a FIFO program, is diagnosed, not hung or grown', () => {
    const d = tmpDir();
    const program = fifo(path.join(d, 'prog'));
    const envFifo = fifo(path.join(d, 'env'));
    const code = `
      const { diagnose, DiagnosisCache } = require(${JSON.stringify(require.resolve('../../../src/core/diagnose'))});
      const { liveHost } = require(${JSON.stringify(require.resolve('../../../src/core/host/live'))});
      (async () => {
        const host = { ...liveHost({ env: { PATH: '/nonexistent', HOME: ${JSON.stringify(d)} } }), platform: 'darwin' };
        const out = [];
        for (const envFile of ['/dev/zero', ${JSON.stringify(envFifo)}]) {
          const config = { name: 'x', type: 'go', request: 'launch', mode: 'exec', program: ${JSON.stringify(program)}, envFile };
          out.push(await diagnose({ host, cache: new DiagnosisCache(), launch: { config, index: 0 }, timeoutMs: 2000 }));
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', '-e', code], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 0, r.stderr);
    const reports = JSON.parse(r.stdout) as { format: string; findings: { code: string }[] }[];
    assert.equal(reports.length, 2);
    for (const rep of reports) assert.ok(!rep.findings.some((f) => f.code === 'launch-failed'), JSON.stringify(rep.findings));
  });

  it('a FIFO envFile under a snapshot root/ is read as unreadable', () => {
    const snap = copySnapshot('healthy-apple-silicon');
    fs.mkdirSync(path.join(snap, 'root/Users/dev/hello'), { recursive: true });
    fifo(path.join(snap, 'root/Users/dev/hello/.env'));
    const d = tmpDir();
    const launch = path.join(d, 'launch.json');
    fs.writeFileSync(launch, JSON.stringify({ configurations: [{ name: 'x', type: 'go', request: 'launch', program: '${workspaceFolder}', envFile: '${workspaceFolder}/.env' }] }));
    const r = cliChild(['--snapshot', snap, '--launch', launch, '--json']);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.err}`);
    assert.ok(JSON.parse(r.out).format);
  });

  it('a FIFO as launch.json, as machine.json and as a file under root/ is refused in one line or read as unreadable', () => {
    const d = tmpDir();
    const launchFifo = fifo(path.join(d, 'launch.json'));
    const r1 = cliChild(['--snapshot', copySnapshot('healthy-apple-silicon'), '--launch', launchFifo]);
    assert.equal(r1.status, 2, r1.err);
    assert.match(r1.err, /FIFO/);
    const snap = copySnapshot('healthy-apple-silicon');
    fs.rmSync(path.join(snap, 'machine.json'));
    fifo(path.join(snap, 'machine.json'));
    const r2 = cliChild(['--snapshot', snap]);
    assert.equal(r2.status, 2);
    assert.match(r2.err, /machine\.json: is a FIFO/);
    assert.equal(r2.err.trim().split('\n').length, 1);
    const snap3 = copySnapshot('healthy-apple-silicon');
    const dlv = path.join(snap3, 'root/Users/dev/go/bin/dlv');
    fs.rmSync(`${dlv}.sparse.json`);
    fifo(dlv);
    fs.chmodSync(dlv, 0o755);
    const r3 = cliChild(['--snapshot', snap3, '--json']);
    assert.ok(r3.status === 0 || r3.status === 1, r3.err);
  });
});
