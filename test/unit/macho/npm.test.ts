import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspectPath } from '../../../src/core/macho';
import { REPO, findTool, run } from './helpers';
import { parsePrivateHeaders } from './objdump';
import { untgz } from './tar';

/** Real darwin binaries published on npm: packed (never installed) into a temp dir. */
const esbuildVersion = (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/esbuild/package.json'), 'utf8')) as { version: string }).version;
const PACKAGES: { spec: string; file: string; archs: string[]; goarch?: string }[] = [
  { spec: 'fsevents@2.3.3', file: 'package/fsevents.node', archs: ['x86_64', 'arm64'] },
  { spec: `@esbuild/darwin-arm64@${esbuildVersion}`, file: 'package/bin/esbuild', archs: ['arm64'], goarch: 'arm64' },
  { spec: `@esbuild/darwin-x64@${esbuildVersion}`, file: 'package/bin/esbuild', archs: ['x86_64'], goarch: 'amd64' },
];

/** Offline, a developer's run skips these tests with the reason; CI (CI=true) has the registry, so there it fails. */
function skipOrFail(ctx: Mocha.Context, why: string): never {
  if (process.env.CI === 'true') assert.fail(`${why} (CI=true: the registry must be reachable)`);
  console.log(`      skipped: ${why}`);
  return ctx.skip();
}

function npmBin(): string {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

describe('macho reader: real darwin binaries from the npm registry', function () {
  this.timeout(180_000);
  let dir = '';
  let offline = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macho-npm-'));
    // One quick reachability probe, so that an offline run skips in seconds rather than timing out per package.
    const r = spawnSync(npmBin(), ['view', 'fsevents@2.3.3', 'version'], { encoding: 'utf8', timeout: 30_000, cwd: dir });
    if (r.status !== 0) offline = (r.stderr || String(r.error ?? 'timeout')).split('\n')[0] ?? 'unreachable';
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const pkg of PACKAGES) {
    it(`${pkg.spec}: ${pkg.file} is ${pkg.archs.join('+')}`, function () {
      if (offline) skipOrFail(this, `npm registry not reachable (${offline})`);
      const r = spawnSync(npmBin(), ['pack', pkg.spec, '--silent', '--pack-destination', dir], { encoding: 'utf8', timeout: 60_000, cwd: dir });
      const tgz = r.status === 0 ? r.stdout.trim().split('\n').pop() : undefined;
      if (!tgz) skipOrFail(this, `npm pack ${pkg.spec} failed (offline?): ${(r.stderr || String(r.error)).split('\n')[0]}`);
      const body = untgz(fs.readFileSync(path.join(dir, tgz ?? ''))).get(pkg.file);
      assert.ok(body, `${pkg.file} in ${tgz}`);
      const out = path.join(dir, `${pkg.spec.replace(/[/@]/g, '_')}.bin`);
      fs.writeFileSync(out, body);
      const f = inspectPath(out);
      assert.deepEqual(f.errors, []);
      assert.deepEqual(f.slices.map((s) => s.arch).sort(), [...pkg.archs].sort());
      assert.ok((f.bytesRead ?? 0) < 64 * 1024 * f.slices.length, `read ${f.bytesRead} of ${f.size}`);
      if (pkg.goarch) {
        // Some releases ship without Go build info (no magic anywhere in the file): then the reader reports none.
        const hasInfo = body.includes(Buffer.from('\xff Go buildinf:', 'latin1'));
        assert.equal(f.slices[0]?.goBuildInfo?.settings.GOARCH, hasInfo ? pkg.goarch : undefined);
        if (hasInfo) assert.equal(f.slices[0]?.goBuildInfo?.settings.GOOS, 'darwin');
      }
      const objdump = findTool(['/usr/lib/llvm-19/bin/llvm-objdump', 'llvm-objdump']);
      if (objdump) {
        const theirs = parsePrivateHeaders(run(objdump, ['--macho', '--arch=all', '--private-headers', out]));
        assert.deepEqual(f.slices.map((s) => [s.filetype, s.ncmds, s.dylibs]), theirs.map((t) => [t.filetype, t.ncmds, t.dylibs.map((d) => d.name)]));
      }
    });
  }
});
