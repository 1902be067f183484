/**
 * Item 4 of issue #9, as an attacker would: a `go` that leaves a long-running child behind, a `go` that hangs with
 * a child, a command that floods its output. After the call returns, no process of theirs is left (read in /proc).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import { liveHost } from '../../../src/core/host/live';
import { runProcess } from '../../../src/core/io/run';
import { pidsWith } from './io-helpers';

const dirs: string[] = [];
function script(body: string, name = 'go'): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-run-'));
  dirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return { dir, file };
}

describe('hostile: the process runner (issue #9 item 4)', function () {
  this.timeout(10_000);
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const marker = (): string => String(3000 + Math.floor(Math.random() * 999)) + '.5';

  it('a go wrapper that starts `sleep` in the background leaves no process after diagnose returns', async () => {
    const m = marker();
    const { dir } = script(`/bin/sleep ${m} &\necho '{"GOARCH":"arm64","GOVERSION":"go1.22.5"}'`);
    const host = { ...liveHost({ env: { PATH: dir, HOME: dir } }), platform: 'darwin' };
    const report = await diagnose({ host, cache: new DiagnosisCache(), timeoutMs: 3000 });
    // Not timed: had the runner waited for the background child, `go env` would have ended at the timeout, unread.
    assert.match(JSON.stringify(report), /go1\.22\.5/, 'diagnose did not wait for the background child');
    assert.equal(report.format, 'go-lldb-doctor-report/1');
    assert.deepEqual(pidsWith(m), []);
  });

  it('a hung command and its child are killed at the timeout, as a group', async () => {
    const m = marker();
    const { file } = script(`/bin/sleep ${m} &\n/bin/sleep ${m}\necho finished`);
    const r = await runProcess([file, 'env', '-json'], { env: {}, timeoutMs: 300 });
    assert.equal(r.error, 'ETIMEDOUT');
    assert.doesNotMatch(r.stdout ?? '', /finished/); // killed at the timeout, not waited for
    await new Promise((ok) => setTimeout(ok, 50));
    assert.deepEqual(pidsWith(m), []);
  });

  it('output past the cap stops the command (ENOBUFS), nothing left running', async () => {
    const m = marker();
    const { file } = script(`/bin/sleep ${m} &\nexec /usr/bin/yes`);
    const r = await runProcess([file], { env: {}, timeoutMs: 5000, maxOutput: 1 << 16 });
    assert.equal(r.error, 'ENOBUFS');
    await new Promise((ok) => setTimeout(ok, 50));
    assert.deepEqual(pidsWith(m), []);
  });

  it('runs system commands by absolute path only, never from a PATH, never in the workspace', async () => {
    const { dir } = script('echo fake-uname', 'uname');
    const opts = { env: { PATH: `:${dir}` }, timeoutMs: 5000 };
    assert.equal((await runProcess(['uname', '-m'], opts)).stdout, execFileSync('/usr/bin/uname', ['-m'], { encoding: 'utf8' }), 'a system command runs from its absolute path');
    assert.equal((await runProcess(['go', 'version'], opts)).error, 'ENOENT', 'a bare name outside the system commands');
    // A relative path names a real program from `/`, the runner's working folder: it is refused all the same.
    const rel = script('echo ran', 'go');
    assert.equal((await runProcess([path.relative('/', rel.file)], opts)).error, 'ENOENT');
    assert.equal((await runProcess([`./${path.relative('/', rel.file)}`], opts)).error, 'ENOENT');
    assert.equal((await runProcess([rel.file], opts)).stdout, 'ran\n');
    const host = liveHost({ cwd: dir, env: { PATH: `:${dir}` } });
    const r = await host.run(['uname', '-m']);
    assert.notEqual(r.stdout, 'fake-uname\n');
    assert.equal((await host.run(['go', 'version'])).error, 'ENOENT');
    const pwd = script('pwd', 'pwd-here');
    assert.equal((await host.run([pwd.file])).stdout, '/\n');
  });
});
