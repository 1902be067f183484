/**
 * The dev container configuration as the probes read it, on real files in a temporary workspace: both file
 * locations, `--platform X` in two arguments, a Dockerfile's FROM line, broken JSONC, and files outside the
 * workspace (a symlinked devcontainer.json, a Dockerfile path with `..` or absolute) that are never read.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { liveHost } from '../../../src/core/host/live';
import { DiagnosisCache } from '../../../src/core/probe/cache';
import { probeContext, type ProbeContext } from '../../../src/core/probe/context';
import { probeDevcontainer } from '../../../src/core/probe/linux/devcontainer';
import { platformFixes } from '../../../src/core/findings/containerFixes';
import { mismatchNames } from '../../../src/core/arch/names';

function ws(files: Record<string, string>): { dir: string; ctx: ProbeContext } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gld-dc-')));
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  return { dir, ctx: probeContext({ host: liveHost(), cache: new DiagnosisCache(), trusted: true, timeoutMs: 2000 }) };
}

describe('linux: devcontainer.json and its Dockerfile', () => {
  it('.devcontainer.json at the root, --platform in two arguments: the fix replaces the value only', () => {
    const { dir, ctx } = ws({ '.devcontainer.json': '{ "runArgs": ["--init", "--platform", "linux/amd64"] /* pinned */ }' });
    const dc = probeDevcontainer(ctx, dir);
    assert.equal(dc?.platform, 'linux/amd64');
    const [fix] = platformFixes(dc, mismatchNames('arm64', 'amd64'));
    assert.deepEqual(fix?.kind === 'edit' ? [fix.edit.path, fix.edit.value] : fix, [['runArgs', 2], 'linux/arm64']);
  });

  it('no platform at all: the fix inserts --platform after the kept arguments (the array is not rewritten)', () => {
    const { dir, ctx } = ws({ '.devcontainer/devcontainer.json': '{ "image": "golang:1.22", "runArgs": ["--init"] }' });
    const [fix] = platformFixes(probeDevcontainer(ctx, dir), mismatchNames('arm64', 'amd64'));
    // issue 16 item 8: an insert at the real end, not the whole array replaced by its strings
    assert.deepEqual(fix?.kind === 'edit' ? [fix.edit.path, fix.edit.value, fix.edit.insert] : fix, [['runArgs', 1], '--platform=linux/arm64', true]);
  });

  it('the Dockerfile FROM --platform line (with its number); broken JSONC gives only manual steps', () => {
    const { dir, ctx } = ws({
      '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "../docker/Dockerfile" } }',
      'docker/Dockerfile': '# base\nFROM --platform=linux/amd64 golang:1.22 AS build\n',
    });
    assert.deepEqual(probeDevcontainer(ctx, dir)?.dockerfile, { path: `${dir}/docker/Dockerfile`, fromPlatform: 'linux/amd64', line: 2 });
    fs.writeFileSync(path.join(dir, '.devcontainer/devcontainer.json'), '{ "runArgs": [ }');
    const broken = probeDevcontainer(ctx, dir);
    assert.match(broken?.error ?? '', /line 1/);
    assert.ok(platformFixes(broken, mismatchNames('arm64', 'amd64')).every((f) => f.kind === 'manual'));
  });

  it('never reads outside the workspace: a symlinked devcontainer.json, a Dockerfile above the folder or absolute', () => {
    const outside = ws({ 'secret/Dockerfile': 'FROM --platform=linux/amd64 secret\n', 'secret/dc.json': '{ "capAdd": ["X"] }' });
    const { dir, ctx } = ws({ '.devcontainer/devcontainer.json': `{ "build": { "dockerfile": "../../${path.basename(outside.dir)}/secret/Dockerfile" } }` });
    assert.deepEqual(probeDevcontainer(ctx, dir)?.dockerfile, { path: `${path.dirname(dir)}/${path.basename(outside.dir)}/secret/Dockerfile` });
    fs.writeFileSync(path.join(dir, '.devcontainer/devcontainer.json'), `{ "build": { "dockerfile": "${outside.dir}/secret/Dockerfile" } }`);
    assert.equal(probeDevcontainer(ctx, dir)?.dockerfile?.fromPlatform, undefined);
    fs.rmSync(path.join(dir, '.devcontainer/devcontainer.json'));
    fs.symlinkSync(path.join(outside.dir, 'secret/dc.json'), path.join(dir, '.devcontainer/devcontainer.json'));
    const dc = probeDevcontainer(ctx, dir);
    assert.equal(dc?.error, 'outside the workspace folder');
    assert.deepEqual(dc?.capAdd, []);
  });
});
