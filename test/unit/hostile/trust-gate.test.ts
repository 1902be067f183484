/**
 * Item 9 of issue #9, as an attacker would: a cloned repository whose workspace settings point go.toolsEnvVars
 * (GOBIN, GOROOT, GOPATH), go.toolsGopath, go.gopath, go.goroot or go.alternateTools at its own `go` and `dlv`.
 * In an untrusted workspace none of them runs (each script leaves a marker file when run), and the report's
 * `skipped` lists exactly the commands that were not run.
 */
import { GO_ENV_KEYS } from '../../../src/core/snapfile/envKeys';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import { type GoSettings } from '../../../src/core/probe/settings';
import { liveHost } from '../../../src/core/host/live';
import type { Report } from '../../../src/core/report/types';
import { cleanTmp, tmpDir } from './io-helpers';

function workspace(): string {
  const ws = tmpDir('hostile-ws-');
  const tool = (rel: string, out: string): void => {
    const p = path.join(ws, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, `#!/bin/sh\n/usr/bin/touch "${ws}/RAN-$(/usr/bin/basename "$0")-$$"\necho '${out}'\n`, { mode: 0o755 });
  };
  for (const dir of ['gobin', 'tools/bin', 'gopath/bin', 'goroot/bin', 'alt']) tool(`${dir}/dlv`, 'Delve Debugger\nVersion: 1.23.1');
  for (const dir of ['goroot/bin', 'alt']) tool(`${dir}/go`, '{"GOARCH":"arm64"}');
  return ws;
}

const ran = (ws: string): string[] => [...new Set(fs.readdirSync(ws).filter((n) => n.startsWith('RAN-')).map((n) => n.split('-')[1] as string))].sort();

async function run(ws: string, settings: GoSettings, opts: { trusted: boolean; scope?: 'user' | 'workspace' | 'unknown' }): Promise<Report> {
  const host = { ...liveHost({ cwd: ws, env: { PATH: '/nonexistent', HOME: '/nonexistent' } }), platform: 'darwin' };
  const scope = opts.scope ?? 'workspace';
  return diagnose({
    host, cache: new DiagnosisCache(), settings, trusted: opts.trusted, timeoutMs: 3000, workspaceFolder: ws,
    ...(scope === 'unknown' ? {} : { settingsByScope: { [scope]: settings } }),
  });
}

describe('hostile: workspace trust (issue #9 item 9)', function () {
  this.timeout(20_000);
  after(cleanTmp);

  const cases: [string, (ws: string) => GoSettings, (ws: string) => string[]][] = [
    ['go.toolsEnvVars GOROOT and GOBIN', (ws) => ({ 'go.toolsEnvVars': { GOROOT: `${ws}/goroot`, GOBIN: `${ws}/gobin` } }),
      (ws) => [`${ws}/goroot/bin/go env -json ${GO_ENV_KEYS.join(' ')} (its path comes from go.toolsEnvVars.GOROOT)`, `${ws}/gobin/dlv version (its path comes from go.toolsEnvVars.GOBIN)`]],
    ['go.toolsGopath', (ws) => ({ 'go.toolsGopath': `${ws}/tools` }), (ws) => [`${ws}/tools/bin/dlv version (its path comes from go.toolsGopath)`]],
    ['go.gopath', (ws) => ({ 'go.gopath': `${ws}/gopath` }), (ws) => [`${ws}/gopath/bin/dlv version (its path comes from go.gopath)`]],
    ['go.toolsEnvVars GOPATH', (ws) => ({ 'go.toolsEnvVars': { GOPATH: `${ws}/gopath` } }), (ws) => [`${ws}/gopath/bin/dlv version (its path comes from go.toolsEnvVars.GOPATH)`]],
    ['go.goroot', (ws) => ({ 'go.goroot': `${ws}/goroot` }),
      (ws) => [`${ws}/goroot/bin/go env -json ${GO_ENV_KEYS.join(' ')} (its path comes from go.goroot)`, `${ws}/goroot/bin/dlv version (its path comes from go.goroot)`]],
    ['go.alternateTools', (ws) => ({ 'go.alternateTools': { go: `${ws}/alt/go`, dlv: `${ws}/alt/dlv` } }),
      (ws) => [`${ws}/alt/go env -json ${GO_ENV_KEYS.join(' ')} (its path comes from go.alternateTools.go)`, `${ws}/alt/dlv version (its path comes from go.alternateTools.dlv)`]],
  ];
  for (const [what, settings, skipped] of cases) {
    it(`untrusted, ${what}: runs nothing the workspace points at, and lists exactly that`, async () => {
      const ws = workspace();
      const report = await run(ws, settings(ws), { trusted: false });
      assert.deepEqual(ran(ws), []);
      assert.deepEqual(report.skipped ?? [], skipped(ws));
    });
  }

  it('untrusted with settings of unknown scope (a --settings file) is gated too', async () => {
    const ws = workspace();
    const report = await run(ws, { 'go.toolsEnvVars': { GOBIN: `${ws}/gobin` } }, { trusted: false, scope: 'unknown' });
    assert.deepEqual(ran(ws), []);
    assert.equal(report.skipped?.length, 1);
  });

  it('the same values set at user scope, or a trusted workspace, run (the gate is not a blanket ban)', async () => {
    const ws = workspace();
    const user = await run(ws, { 'go.toolsEnvVars': { GOBIN: `${ws}/gobin` } }, { trusted: false, scope: 'user' });
    assert.deepEqual(ran(ws), ['dlv']);
    assert.equal(user.skipped, undefined);
    const ws2 = workspace();
    await run(ws2, { 'go.toolsEnvVars': { GOROOT: `${ws2}/goroot`, GOBIN: `${ws2}/gobin` } }, { trusted: true });
    assert.deepEqual(ran(ws2), ['dlv', 'go']);
  });
});
