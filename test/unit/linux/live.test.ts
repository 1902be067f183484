/**
 * Real emulation, not a mock: a GOARCH=arm64 Go program run under qemu-aarch64 on this x86_64 machine (the mirror
 * image of an amd64 Dev Container on Apple Silicon) reads, from inside the emulated process, exactly the files
 * the Linux probes read (LINUX_PROBE_PATHS) into a snapshot; the diagnosis of that snapshot names QEMU. The same
 * program built for this machine's own CPU, and the live host itself, report no emulation.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import { liveHost } from '../../../src/core/host/live';
import { LINUX_PROBE_PATHS } from '../../../src/core/probe/linux/paths';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const QEMU = '/usr/bin/qemu-aarch64';
const SRC = path.join(REPO, 'test/fixtures/linux/probe');

function probeArgs(): string[] {
  const p = LINUX_PROBE_PATHS;
  return ['-file', ...p.files, '-exists', ...p.exists, '-link', ...p.links, '-dir', ...p.dirs];
}

function build(dir: string, goarch: string): string {
  const out = path.join(dir, `probe-${goarch}`);
  execFileSync('/usr/bin/go', ['build', '-o', out, '.'], { cwd: SRC, env: { ...process.env, GOARCH: goarch, CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off' }, stdio: 'pipe', timeout: 120_000 });
  return out;
}

describe('linux: live emulation under qemu-aarch64', function () {
  this.timeout(240_000);
  let dir = '';
  before(function () {
    if (process.platform !== 'linux' || process.arch !== 'x64') this.skip();
    // npm test's set-up installs qemu-user: in CI a missing emulator is a failure, not a skip.
    if (!fs.existsSync(QEMU)) {
      if (process.env.CI === 'true') throw new Error(`${QEMU} is missing (npm test's set-up installs qemu-user)`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-live-'));
  });

  it('from inside an arm64 process emulated by QEMU: userland arm64 on an x86_64 kernel, QEMU named', async () => {
    const probe = build(dir, 'arm64');
    const snap = path.join(dir, 'emulated');
    execFileSync(QEMU, [probe, snap, ...probeArgs()], { timeout: 60_000 });
    // What the emulated process itself believes (uname is faked), for the record: the kernel file is not.
    assert.equal(fs.readFileSync(path.join(snap, 'root/proc/sys/kernel/arch'), 'utf8').trim(), 'x86_64');
    const r = await diagnoseDir(snap);
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-emulated'], JSON.stringify(r.findings, null, 1));
    assert.equal(r.findings[0]?.title, 'The container runs under QEMU emulation: Delve cannot work');
    const ev = r.findings[0]?.evidence ?? [];
    assert.ok(ev.includes('kernel: x86_64 (/proc/sys/kernel/arch)'), ev.join('\n'));
    assert.ok(ev.includes(`process: ${probe} is ELF AArch64 (arm64)`), ev.join('\n'));
    assert.ok(ev.includes(`/proc/thread-self/exe: ${QEMU}`), ev.join('\n'));
    const image = r.findings[0]?.fixes.find((f) => f.title === 'Use the linux/amd64 variant of the image');
    // Issue 20 item 6: the direction of the mismatch comes from the facts (an arm64 userland, an x86_64 kernel).
    assert.match(image?.kind === 'manual' ? image.detail ?? '' : '', /once no arm64 platform is forced\. For an image published for arm64 only, ask for or build an amd64 variant/);
    assert.match(r.findings[0]?.detail ?? '', /dropping the arm64 platform is enough/);
  });

  it('the same probe built for this CPU, run natively: no finding', async () => {
    const probe = build(dir, 'amd64');
    const snap = path.join(dir, 'native');
    execFileSync(probe, [snap, ...probeArgs()], { timeout: 60_000 });
    const r = await diagnoseDir(snap);
    assert.deepEqual(r.findings, []);
    assert.equal(r.components.find((c) => c.id === 'shell' || c.id === 'vscode')?.status, 'ok');
  });

  it('the live host (this Node process, natively x86_64): the kernel is x86_64 and nothing is emulated', async () => {
    const r = await diagnose({ host: liveHost(), cache: new DiagnosisCache() });
    assert.equal(r.host.hardwareArch, 'x86_64');
    assert.ok(!r.findings.some((f) => f.code.startsWith('linux-emulated')), JSON.stringify(r.findings));
  });
});
