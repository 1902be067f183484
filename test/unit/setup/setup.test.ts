import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
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
  withoutPackages(s: { command: string; ci: boolean }): { exit: 1 } | { exit: 0; skip: string };
  rootPrefix(uid: number, sudoWorks: () => boolean): string[] | undefined;
  HOSTS_SKIPPED: string;
};
const load = async (): Promise<Setup> => (await import(pathToFileURL(SCRIPT).href)) as Setup;
type Hosts = { notInstalledWhy(name: 'oldest' | 'newest', dir?: string): string };
const hosts = async (): Promise<Hosts> => (await import(pathToFileURL(path.join(REPO, 'test/host/lib/vscodeHosts.mjs')).href)) as Hosts;

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

  it('Linux without apt (or without rights): CI stops; a contributor goes on to lint and unit tests, hosts skipped', async () => {
    const { planSetup, withoutPackages } = await load();
    const plan = planSetup({ missing: ['clang'], needArm64: false, uid: 1000, sudo: false, apt: false });
    assert.equal(plan.kind, 'advise');
    const command = plan.kind === 'advise' ? plan.command : '';
    assert.deepEqual(withoutPackages({ command, ci: true }), { exit: 1 });
    const next = withoutPackages({ command, ci: false });
    assert.equal(next.exit, 0);
    assert.ok(next.exit === 0 && next.skip.includes(command), JSON.stringify(next));
  });

  it('sudo -n only once sudo works: never asked as root; undefined (cannot) when it does not work', async () => {
    const { rootPrefix } = await load();
    let asked = 0;
    const works = (ok: boolean) => () => (asked++, ok);
    assert.deepEqual(rootPrefix(0, works(false)), []);
    assert.equal(asked, 0);
    assert.equal(rootPrefix(1000, works(false)), undefined);
    assert.deepEqual(rootPrefix(1000, works(true)), ['/usr/bin/sudo', '-n']);
    assert.equal(asked, 2);
  });

  it('the harness\'s skip line says what to install: the set-up\'s note, the newest host\'s failure, or the set-up', async () => {
    const { notInstalledWhy } = await hosts();
    const { HOSTS_SKIPPED } = await load();
    assert.equal(path.relative(REPO, HOSTS_SKIPPED), 'test/host/.install-skipped');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gld-hosts-'));
    assert.equal(notInstalledWhy('oldest', dir), 'run node scripts/setup.mjs (test/host/install.sh oldest)');
    mkdirSync(path.join(dir, 'newest'));
    writeFileSync(path.join(dir, 'newest/.install-failed'), 'Node 24 runs on x64 only\n');
    assert.equal(notInstalledWhy('newest', dir), 'Node 24 runs on x64 only (test/host/install.sh newest)');
    assert.equal(notInstalledWhy('oldest', dir), 'run node scripts/setup.mjs (test/host/install.sh oldest)');
    writeFileSync(path.join(dir, '.install-skipped'), "the Debian packages it needs are missing: sudo sh -c 'apt-get install clang'\n");
    assert.match(notInstalledWhy('newest', dir), /^the Debian packages it needs are missing: sudo sh -c 'apt-get install clang' \(test\/host\/install\.sh newest\)$/);
  });

  it('test/host/install.sh names only scripts that exist', () => {
    const text = readFileSync(path.join(REPO, 'test/host/install.sh'), 'utf8');
    const named = [...text.matchAll(/\bscripts\/[\w.-]+/g)].map((m) => m[0]);
    assert.ok(named.length > 0, 'install.sh points at the set-up');
    for (const p of named) assert.ok(existsSync(path.join(REPO, p)), `${p} does not exist`);
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
