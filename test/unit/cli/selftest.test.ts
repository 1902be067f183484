/**
 * `go-lldb-doctor selftest`: its arguments and exit codes (0 every stage passed, 1 one failed, 2 could not run),
 * with this machine's real dlv and go.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('cli: selftest', function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-selftest-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 and prints the JSON of a run where every stage passed', async () => {
    const r = await cli(['selftest', '--json', '--timeout', '90']);
    const json = JSON.parse(r.out) as { format: string; ok: boolean; stages: { name: string; ok: boolean }[] };
    assert.equal(r.code, 0, r.out);
    assert.equal(json.format, 'go-lldb-doctor-selftest/1');
    assert.equal(json.stages.length, 9);
  });

  it('exits 1 at the stage that failed (a launch.json configuration with backend lldb), in Markdown', async () => {
    const launch = path.join(tmp, '.vscode/launch.json');
    fs.mkdirSync(path.dirname(launch), { recursive: true });
    fs.writeFileSync(launch, '{ "configurations": [ { "name": "lldb", "type": "go", "request": "launch", "program": "${workspaceFolder}", "backend": "lldb" } ] }');
    const r = await cli(['selftest', '--markdown', '--launch', launch, '--config', 'lldb']);
    assert.equal(r.code, 1);
    assert.match(r.out, /Debugging breaks at “Build and launch the program”/);
    assert.match(r.out, /backend unavailable/);
  });

  it('exits 2 on bad arguments', async () => {
    assert.equal((await cli(['selftest', '--timeout', 'soon'])).code, 2);
    assert.equal((await cli(['selftest', '--snapshot', tmp])).code, 2);
    assert.equal((await cli(['selftest', 'extra'])).code, 2);
  });
});
