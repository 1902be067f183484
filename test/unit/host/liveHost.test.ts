import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { liveHost } from '../../../src/core/host/live';
import { spawnErrorName } from '../../../src/core/io/run';

describe('live host', () => {
  const host = liveHost();
  it('runs a command with an argv array', async () => {
    const r = await host.run(['uname', '-m']);
    assert.equal(r.exitCode, 0);
    assert.ok((r.stdout ?? '').trim().length > 0);
  });
  it('reports a missing command as ENOENT, not a throw', async () => {
    const r = await host.run(['go-lldb-doctor-no-such-command']);
    assert.equal(r.error, 'ENOENT');
  });
  it('kills a command past its timeout', async () => {
    // Counted, not timed: the command says where it got to; killed at the timeout, it never finished its sleep.
    const r = await host.run(['/bin/sh', '-c', 'echo started; /bin/sleep 5; echo finished'], { timeoutMs: 150 });
    assert.equal(r.error, 'ETIMEDOUT');
    assert.doesNotMatch(r.stdout ?? '', /finished/);
  });
  it('keeps a non-zero exit as a result', async () => {
    const r = await host.run(['/bin/sh', '-c', 'echo no >&2; exit 3']);
    assert.equal(r.exitCode, 3);
    assert.equal(r.stderr, 'no\n');
  });
  it('maps errno -86 to EBADARCH', () => {
    assert.equal(spawnErrorName('Unknown system error -86', -86), 'EBADARCH');
    assert.equal(spawnErrorName('EACCES', -13), 'EACCES');
  });
  it('reads files with bounded reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-'));
    const f = path.join(dir, 'a.bin');
    fs.writeFileSync(f, Buffer.from('0123456789'));
    const src = host.open(f);
    assert.ok(src.ok);
    assert.equal(Buffer.from(src.value.read(3, 4) as Uint8Array).toString(), '3456');
    assert.equal((src.value.read(8, 10) as Uint8Array).length, 2);
    src.value.close();
    assert.equal(host.stat(path.join(dir, 'missing')).ok, false);
    assert.equal(host.open(dir).ok, false);
    fs.rmSync(dir, { recursive: true });
  });
});
