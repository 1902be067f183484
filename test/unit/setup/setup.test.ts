import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** scripts/setup.mjs: the set-up `npm test` runs first (Debian packages, arm64 Delve, the VS Code hosts). */
const REPO = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(REPO, 'scripts/setup.mjs');

type Plan = { kind: 'none' } | { kind: 'install'; prefix: string[] } | { kind: 'advise'; command: string };
type Setup = {
  PACKAGES: Record<string, string>;
  missingPackages(names: string[]): string[];
  planSetup(s: { missing: string[]; needArm64: boolean; uid: number; sudo: boolean; apt: boolean }): Plan;
};
const load = async (): Promise<Setup> => (await import(pathToFileURL(SCRIPT).href)) as Setup;

describe('npm test set-up (scripts/setup.mjs)', () => {
  it('does nothing when nothing is missing, whoever runs it', async () => {
    const { planSetup } = await load();
    assert.deepEqual(planSetup({ missing: [], needArm64: false, uid: 1000, sudo: false, apt: true }), { kind: 'none' });
  });

  it('installs as root directly, and with sudo -n otherwise', async () => {
    const { planSetup } = await load();
    assert.deepEqual(planSetup({ missing: ['ripgrep'], needArm64: false, uid: 0, sudo: false, apt: true }), { kind: 'install', prefix: [] });
    assert.deepEqual(planSetup({ missing: ['ripgrep'], needArm64: true, uid: 1000, sudo: true, apt: true }), {
      kind: 'install',
      prefix: ['/usr/bin/sudo', '-n'],
    });
  });

  it('without rights prints the one command that installs what is missing, arm64 multiarch included', async () => {
    const { planSetup } = await load();
    const plan = planSetup({ missing: ['ripgrep', 'libc6:arm64'], needArm64: true, uid: 1000, sudo: false, apt: true });
    assert.equal(plan.kind, 'advise');
    assert.equal(
      plan.kind === 'advise' && plan.command,
      "sudo sh -c 'dpkg --add-architecture arm64 && apt-get update && apt-get install -y --no-install-recommends ripgrep libc6:arm64'",
    );
  });

  it('without apt-get names what to install and does not pretend to install it', async () => {
    const { planSetup } = await load();
    const plan = planSetup({ missing: ['clang', 'delve'], needArm64: false, uid: 0, sudo: false, apt: false });
    assert.equal(plan.kind, 'advise');
    assert.match(plan.kind === 'advise' ? plan.command : '', /clang delve/);
  });

  it('tells installed from missing packages with the real dpkg, architecture-qualified names included', async function () {
    if (!existsSync('/usr/bin/dpkg-query')) {
      if (process.env.CI === 'true') assert.fail('CI runs on Debian: dpkg-query must exist');
      this.skip();
    }
    const { missingPackages, PACKAGES } = await load();
    // `npm test` ran the set-up before the unit tests, so every package it lists is installed.
    assert.deepEqual(missingPackages(Object.keys(PACKAGES)), []);
    assert.deepEqual(missingPackages(['file', 'go-lldb-doctor-no-such-package', 'delve:arm64']), ['go-lldb-doctor-no-such-package', 'delve:arm64']);
  });

  it('is quick and installs nothing when everything is present', function () {
    if (process.platform !== 'linux') this.skip(); // elsewhere it only says that nothing is needed
    const setup = () => spawnSync(process.execPath, [SCRIPT, '--no-hosts'], { encoding: 'utf8', timeout: 30_000 });
    // On a fresh copy nothing ran the set-up yet: its first run puts the arm64 Delve in place; the second finds
    // everything present. After `npm test` the first run already is that second one.
    let r = setup();
    if (r.status === 0 && !/^setup: ready \(\d+ ms\)\n$/.test(r.stdout)) r = setup();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^setup: ready \(\d+ ms\)\n$/);
    assert.ok(existsSync(path.join(REPO, 'test/host/arm64/usr/bin/dlv')), 'the arm64 Delve is in place');
  });
});
