import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { VERSION } from '../../../src/core/version';

const repo = path.resolve(__dirname, '../../../..');

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

describe('cli main', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    const io = capture();
    assert.equal(await main(['--version'], io), 0);
    assert.equal(io.stdout.trim(), pkg.version);
    assert.equal(VERSION, pkg.version);
  });

  it('prints the usage with --help', async () => {
    const io = capture();
    assert.equal(await main(['--help'], io), 0);
    assert.match(io.stdout, /^Usage: go-lldb-doctor/);
    for (const cmd of ['inspect', 'explain', 'snapshot', '--snapshot', '--json', '--markdown']) assert.ok(io.stdout.includes(cmd), cmd);
  });

  it('rejects an unknown command with exit 2, a one-line error and the usage', async () => {
    const io = capture();
    assert.equal(await main(['frobnicate'], io), 2);
    const [first, second] = io.stderr.split('\n');
    assert.equal(first, 'go-lldb-doctor: unknown command: frobnicate');
    assert.match(second ?? '', /^Usage:/);
    assert.equal(io.stdout, '');
  });
});
