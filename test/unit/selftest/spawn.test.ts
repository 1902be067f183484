/**
 * The runner's spawnProcess (src/core/io/run.ts): output streams as it comes, and kill() leaves nothing running,
 * not even a child that left the process group (setsid). Real processes.
 */
import * as assert from 'node:assert/strict';
import { spawnProcess } from '../../../src/core/io/run';
import { alive } from './alive';

describe('spawnProcess: a long-running command, killed with all it started', function () {
  this.timeout(20_000);

  it('streams output, and kill() ends the leader and an escaped grandchild', async () => {
    let out = '';
    let seen: () => void = () => undefined;
    const got = new Promise<void>((res) => (seen = res));
    const p = spawnProcess(['/bin/sh', '-c', 'setsid sleep 60 & echo "child $!"; sleep 60'], {
      env: { PATH: '/usr/bin:/bin' }, timeoutMs: 15_000,
      onOutput: (_s, text) => {
        out += text;
        if (/child \d+/.test(out)) seen();
      },
    });
    await got;
    const child = Number(/child (\d+)/.exec(out)?.[1]);
    assert.ok(alive(child));
    p.kill();
    assert.deepEqual(await p.exited, { error: 'EKILLED' });
    assert.equal(alive(p.pid as number), false);
    assert.equal(alive(child), false, 'the setsid child still runs');
  });

  it('refuses a bare name (never looked up on PATH), like runProcess', async () => {
    const p = spawnProcess(['dlv', 'dap'], { env: {}, timeoutMs: 1000, onOutput: () => undefined });
    assert.equal(p.pid, undefined);
    assert.deepEqual(await p.exited, { error: 'ENOENT' });
  });

  it('reports the exit of a command that ends by itself, after its last output', async () => {
    let out = '';
    const p = spawnProcess(['/bin/sh', '-c', 'echo last; exit 3'], { env: {}, timeoutMs: 5000, onOutput: (_s, t) => (out += t) });
    assert.deepEqual(await p.exited, { exitCode: 3 });
    assert.equal(out, 'last\n');
  });
});
