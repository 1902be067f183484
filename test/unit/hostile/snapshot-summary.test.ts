/**
 * Issue 16 item 4: the export summary is computed from what was written. It is read back from the folder (a file
 * added or left unreduced after capture is named as such, never described as reduced), names each file with what
 * of it is kept (the same allow-list table capture used), escapes every name, and is what the CLI's `snapshot`
 * prints.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snapshotSummary } from '../../../src/core/capture/summary';
import { captureSnapshot } from '../../../src/core/capture/capture';
import { loadSnapshot } from '../../../src/core/replay/host';
import { inputFromMachine } from '../../../src/core/replay/input';
import { cleanTmp, cli, copySnapshot, tmpDir } from './io-helpers';

/** A Linux snapshot whose workspace holds a dev container with a Dockerfile, and a /proc/self/status. */
function linuxSnapshot(): string {
  const src = copySnapshot('healthy-intel', (m) => {
    m.platform = 'linux';
    m.processArch = 'x64';
    m.vscode = { workspaceFolder: '/ws' };
  });
  const root = path.join(src, 'root');
  fs.mkdirSync(path.join(root, 'ws/.devcontainer'), { recursive: true });
  fs.writeFileSync(path.join(root, 'ws/.devcontainer/devcontainer.json'), JSON.stringify({ build: { dockerfile: 'Dockerfile', args: { NPM_TOKEN: 'npmSecret1' } }, containerEnv: { DATABASE_PASSWORD: 'dbSecret1' }, runArgs: ['--platform=linux/amd64'] }));
  fs.writeFileSync(path.join(root, 'ws/.devcontainer/Dockerfile'), 'FROM --platform=linux/amd64 golang:1.22\nENV API_TOKEN=apiSecret1\n');
  fs.mkdirSync(path.join(root, 'proc/self'), { recursive: true });
  fs.writeFileSync(path.join(root, 'proc/self/status'), 'Name:\tnode\nPPid:\t12\nUid:\t1000\nSeccomp:\t0\nCapEff:\t0000000000000000\n');
  return src;
}

async function capture(src: string): Promise<string> {
  const loaded = loadSnapshot(src);
  assert.ok(!('error' in loaded), JSON.stringify(loaded));
  const input = inputFromMachine(loaded.host, loaded.machine);
  assert.ok(input.ok);
  const out = path.join(tmpDir(), 'out');
  await captureSnapshot(input.input, out);
  return out;
}

/** The summary's line of a file, named as a code span (the names here hold no backticks nor control characters). */
const lineOf = (summary: string, file: string): string => summary.split('\n').find((l) => l.startsWith(`- \`${file}\``)) ?? '';

describe('hostile: the snapshot summary is read back from the folder (issue 16 item 4)', () => {
  after(cleanTmp);

  it('names each file with what of it is kept, by the allow-list of its kind', async () => {
    const out = await capture(linuxSnapshot());
    const s = snapshotSummary(out);
    assert.doesNotMatch(s, /no file contents beyond Mach-O headers/);
    assert.match(lineOf(s, 'root/ws/.devcontainer/Dockerfile'), /Dockerfile: its FROM lines with their continuations/);
    assert.match(lineOf(s, 'root/ws/.devcontainer/devcontainer.json'), /devcontainer\.json: image, build\.dockerfile/);
    assert.match(lineOf(s, 'root/proc/self/status'), /PPid, Uid, Seccomp and CapEff lines only/);
    assert.match(lineOf(s, 'machine.json'), /the sections listed below/);
    const sparse = s.split('\n').find((l) => /\.sparse\.json`/.test(l) && /binary: \d+ of \d+ bytes/.test(l));
    assert.ok(sparse, s);
    for (const secret of ['npmSecret1', 'dbSecret1', 'apiSecret1', 'node']) assert.ok(!fs.readFileSync(path.join(out, 'root/ws/.devcontainer/devcontainer.json'), 'utf8').includes(secret) && !fs.readFileSync(path.join(out, 'root/ws/.devcontainer/Dockerfile'), 'utf8').includes(secret) && !s.includes(secret), secret);
  });

  it('a file the allow-list does not explain is named NOT REDUCED: the summary cannot say more than the folder holds', async () => {
    const out = await capture(linuxSnapshot());
    fs.appendFileSync(path.join(out, 'root/ws/.devcontainer/Dockerfile'), 'ENV LATE=secret\n');
    fs.writeFileSync(path.join(out, 'root/ws/notes.txt'), 'a full copy');
    fs.writeFileSync(path.join(out, 'extra.txt'), 'more');
    const s = snapshotSummary(out);
    for (const f of ['root/ws/.devcontainer/Dockerfile', 'root/ws/notes.txt', 'extra.txt']) assert.match(lineOf(s, f), /NOT REDUCED/, f);
    assert.doesNotMatch(lineOf(s, 'root/proc/self/status'), /NOT REDUCED/);
  });

  it('escapes every name: control characters and backticks cannot break out of the list', async () => {
    const out = await capture(linuxSnapshot());
    const evil = 'x\u001b]0;PWNED\u0007\u001b[2J`y\u202e';
    fs.writeFileSync(path.join(out, 'root', evil), '');
    fs.symlinkSync(evil, path.join(out, 'root/link'));
    const s = snapshotSummary(out);
    assert.doesNotMatch(s, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(s.includes('``root/x\\x1b]0;PWNED\\x07\\x1b[2J`y\\u202e``'), s);
  });

  it('the CLI\'s snapshot prints the same summary', async () => {
    const out = path.join(tmpDir(), 'out');
    const r = await cli(['snapshot', out, '--snapshot', linuxSnapshot()]);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.startsWith(`${snapshotSummary(out)}\n`), r.out);
  });
});
