/**
 * Issue 9 item 3 in the VS Code layer: launch.json, settings.json and devcontainer.json are read through core's
 * bounded reader, so a FIFO or /dev/zero where one of them should be answers at once (nothing) instead of blocking
 * the diagnosis or filling the extension host's memory. The files live outside the workspace so that VS Code's own
 * configuration reader never sees them.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readTextOf } from '../../../src/vscode/diagnosis/target';

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms))]);
}

describe('reading configuration files (VS Code layer)', function () {
  this.timeout(20_000);
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-readtext-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a FIFO where launch.json should be: nothing, at once', async () => {
    const fifo = path.join(dir, 'launch.json');
    assert.equal(spawnSync('/usr/bin/mkfifo', [fifo]).status, 0, 'mkfifo');
    assert.equal(await within(3000, 'reading a FIFO', readTextOf(vscode.Uri.file(fifo))), undefined);
  });

  it('/dev/zero: nothing, at once', async () => {
    assert.equal(await within(3000, 'reading /dev/zero', readTextOf(vscode.Uri.file('/dev/zero'))), undefined);
  });

  it('a regular file: its text', async () => {
    const f = path.join(dir, 'settings.json');
    fs.writeFileSync(f, '{ // c\n "go.toolsEnvVars": {} }\n');
    assert.equal(await readTextOf(vscode.Uri.file(f)), '{ // c\n "go.toolsEnvVars": {} }\n');
  });
});
