/**
 * dlv on Linux: the Go version and GOARCH it was built with come from its ELF's Go build info (src/core/elf), not
 * from running `go version -m` or dlv (slow under emulation, refused in an untrusted workspace). Real binaries:
 * Debian's /usr/bin/dlv (amd64) and its arm64 build, checked against `go version -m`, the oracle.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import type { Host } from '../../../src/core/host/types';
import { liveHost } from '../../../src/core/host/live';
import { probeContext, type ProbeContext } from '../../../src/core/probe/context';
import { probeDlv } from '../../../src/core/probe/dlv';
import { elfBuildInfo } from '../../../src/core/probe/linux/buildinfo';
import { REPO } from '../diagnose/helpers';

const DLVS = { amd64: '/usr/bin/dlv', arm64: path.join(REPO, 'test/host/arm64/usr/bin/dlv') };

/** `go version -m FILE`: its Go version and its GOARCH build setting. */
function goVersionM(file: string): { go: string; goarch: string } {
  const out = execFileSync('/usr/bin/go', ['version', '-m', file], { encoding: 'utf8' });
  return { go: /^[^:]+:\s*(go\S+)/.exec(out)?.[1] ?? '', goarch: /^[ \t]*build\s+GOARCH=(\S+)/m.exec(out)?.[1] ?? '' };
}

function context(trusted: boolean): { ctx: ProbeContext; ran: string[][] } {
  const live = liveHost();
  const ran: string[][] = [];
  const host: Host = { ...live, run: (argv, o) => (ran.push(argv), live.run(argv, o)) };
  return { ctx: probeContext({ host, cache: new DiagnosisCache(), trusted, timeoutMs: 10_000 }), ran };
}

describe('linux: dlv versions from its ELF build info', function () {
  this.timeout(60_000);
  before(function () {
    if (process.platform !== 'linux' || !fs.existsSync('/usr/bin/go')) this.skip();
    const missing = Object.values(DLVS).filter((p) => !fs.existsSync(p));
    if (missing.length) {
      if (process.env.CI === 'true') throw new Error(`missing ${missing.join(', ')} (npm test's set-up installs them)`);
      this.skip();
    }
  });

  for (const [arch, dlv] of Object.entries(DLVS)) {
    it(`${arch} dlv: Go version and GOARCH as go version -m prints them, no command run (untrusted workspace)`, async () => {
      const oracle = goVersionM(dlv);
      assert.equal(oracle.goarch, arch);
      assert.equal(elfBuildInfo(context(false).ctx, dlv)?.goVersion, oracle.go);
      const { ctx, ran } = context(false);
      const settings = { 'go.alternateTools': { dlv } };
      const facts = await probeDlv(ctx, settings, { workspace: settings }, { searched: [] }, elfBuildInfo);
      assert.equal(facts.path, dlv);
      assert.equal(facts.builtWithGo, oracle.go);
      assert.equal(facts.buildGoarch, oracle.goarch);
      // Debian builds Delve outside module mode: no `mod` line, so no Delve version in the file, and the one
      // command that would tell (`dlv version`) is a workspace-chosen binary: not run, and said so.
      assert.equal(facts.version, undefined);
      assert.deepEqual(ran, []);
      assert.deepEqual(ctx.skipped.length, 1, ctx.skipped.join('\n'));
      assert.ok(ctx.skipped[0]?.includes(`${dlv} version`), ctx.skipped[0]);
    });
  }

  it('amd64 dlv, trusted: `go version -m` is not run; only `dlv version` for the Delve version the file lacks', async () => {
    const { ctx, ran } = context(true);
    const facts = await probeDlv(ctx, { 'go.alternateTools': { dlv: DLVS.amd64 } }, undefined, { searched: [], path: '/usr/bin/go', env: {} }, elfBuildInfo);
    assert.deepEqual(ran, [[DLVS.amd64, 'version']]);
    assert.equal(facts.builtWithGo, goVersionM(DLVS.amd64).go);
    assert.match(facts.version ?? '', /^\d+\.\d+\.\d+$/);
    assert.equal(facts.versionSource, 'dlv version');
  });

  it('a file that is not ELF, or absent: no build info, no throw', () => {
    const { ctx } = context(false);
    assert.equal(elfBuildInfo(ctx, path.join(REPO, 'package.json')), undefined);
    assert.equal(elfBuildInfo(ctx, '/nonexistent/dlv'), undefined);
  });
});
