/**
 * The one arch module (issue 17 item 3) against the names each world uses: Go's GOARCH (`go tool dist list`),
 * Node's process.arch, the kernel's `uname -m`, lipo's Mach-O names, ELF's e_machine (readelf) and Docker's
 * platform. Where this machine has the real thing (go, uname, Node's own ELF, arm64 Delve) it is the oracle.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  archList, familyOf, goarchOf, hardwareOfGoarch, kernelGoarch, knownMachO, linuxArchName, machOArchOfGoarch,
  mismatchNames, nodeArchToMachO, nodeGoarch, normalizeHardware, runsNatively,
} from '../../../src/core/arch/names';
import { machineGoarch, machineName } from '../../../src/core/arch/elf';
import { sliceFor } from '../../../src/core/arch/slices';
import { inspectElfPath } from '../../../src/core/elf';

interface Row {
  goarch: string;
  node?: string;
  uname?: string;
  machO?: string;
  elf?: { machine: number; bits: 32 | 64; little: boolean; readelf: string };
  docker: string;
  linux: string;
}

const ROWS: Row[] = [
  { goarch: 'amd64', node: 'x64', uname: 'x86_64', machO: 'x86_64', elf: { machine: 62, bits: 64, little: true, readelf: 'Advanced Micro Devices X86-64' }, docker: 'linux/amd64', linux: 'x86_64' },
  { goarch: 'arm64', node: 'arm64', uname: 'aarch64', machO: 'arm64', elf: { machine: 183, bits: 64, little: true, readelf: 'AArch64' }, docker: 'linux/arm64', linux: 'aarch64' },
  { goarch: '386', node: 'ia32', uname: 'i686', machO: 'i386', elf: { machine: 3, bits: 32, little: true, readelf: 'Intel 80386' }, docker: 'linux/386', linux: 'i386' },
  { goarch: 'arm', node: 'arm', uname: 'armv7l', machO: 'armv7', elf: { machine: 40, bits: 32, little: true, readelf: 'ARM' }, docker: 'linux/arm/v7', linux: 'arm' },
  { goarch: 'riscv64', node: 'riscv64', uname: 'riscv64', elf: { machine: 243, bits: 64, little: true, readelf: 'RISC-V' }, docker: 'linux/riscv64', linux: 'riscv64' },
  { goarch: 'ppc64le', node: 'ppc64', uname: 'ppc64le', elf: { machine: 21, bits: 64, little: true, readelf: 'PowerPC64' }, docker: 'linux/ppc64le', linux: 'ppc64le' },
  { goarch: 's390x', node: 's390x', uname: 's390x', elf: { machine: 22, bits: 64, little: false, readelf: 'IBM S/390' }, docker: 'linux/s390x', linux: 's390x' },
  { goarch: 'loong64', node: 'loong64', uname: 'loongarch64', elf: { machine: 258, bits: 64, little: true, readelf: 'LoongArch' }, docker: 'linux/loong64', linux: 'loong64' },
];

describe('arch names: one table for Go, Node, Linux, ELF, Mach-O and Docker', () => {
  for (const r of ROWS) {
    it(`names ${r.goarch} the way each world does`, () => {
      if (r.node) assert.equal(nodeGoarch(r.node), r.goarch, `node ${r.node}`);
      if (r.uname) assert.equal(kernelGoarch(r.uname), r.goarch, `uname ${r.uname}`);
      if (r.machO) {
        assert.equal(goarchOf(r.machO), r.goarch, `Mach-O ${r.machO}`);
        assert.equal(machOArchOfGoarch(r.goarch), r.machO);
        if (r.node) assert.equal(nodeArchToMachO(r.node), r.machO);
      } else assert.equal(machOArchOfGoarch(r.goarch), undefined);
      if (r.elf) {
        assert.equal(machineGoarch(r.elf.machine, r.elf.bits, r.elf.little), r.goarch, `e_machine ${r.elf.machine}`);
        assert.equal(machineName(r.elf.machine), r.elf.readelf);
      }
      assert.equal(mismatchNames(r.goarch, undefined).platform, r.docker, 'the Docker platform a mismatch names');
      assert.equal(linuxArchName(r.goarch), r.linux);
    });
  }

  it('knows every name of the two Mac CPUs, in any case, and nothing else as one', () => {
    for (const a of ['arm64', 'arm64e', 'aarch64', 'ARM64']) assert.equal(normalizeHardware(a), 'arm64', a);
    for (const a of ['x86_64', 'x86_64h', 'x64', 'amd64', ' AMD64 ']) assert.equal(normalizeHardware(a), 'x86_64', a);
    for (const a of ['i386', 'ia32', '386', 'armv7', 'ppc64', '', undefined]) assert.equal(normalizeHardware(a), undefined, String(a));
    assert.deepEqual([familyOf('arm64e'), familyOf('x86_64h'), familyOf('i386'), familyOf(undefined)], ['arm64', 'x86_64', undefined, undefined]);
    assert.deepEqual([hardwareOfGoarch('amd64'), hardwareOfGoarch('arm64'), hardwareOfGoarch('386'), hardwareOfGoarch(undefined)], ['x86_64', 'arm64', undefined, undefined]);
  });

  it('keeps Mach-O variants and Node builds apart: armv7s is GOARCH arm, Node has no macOS armv7 build', () => {
    assert.equal(goarchOf('armv7s'), 'arm');
    assert.deepEqual([goarchOf('arm64v8'), familyOf('arm64v8'), familyOf('arm64_32')], ['arm64', 'arm64', undefined]);
    assert.equal(goarchOf('ppc64'), undefined);
    assert.equal(goarchOf(undefined), undefined);
    assert.deepEqual(['x64', 'arm64', 'ia32', 'arm', 'ppc64'].map(knownMachO), ['x86_64', 'arm64', 'i386', undefined, undefined]);
    assert.equal(nodeArchToMachO('ppc64'), 'ppc64');
    assert.equal(kernelGoarch(' aarch64\n'), 'arm64');
    assert.equal(kernelGoarch('aarch64_be'), 'arm64be');
    assert.equal(kernelGoarch('sparc64'), undefined);
    assert.equal(linuxArchName(undefined), '?');
  });

  it('runs 32-bit userlands natively on their 64-bit kernels, and nothing across CPUs', () => {
    assert.ok(runsNatively('amd64', 'amd64') && runsNatively('amd64', '386') && runsNatively('arm64', 'arm'));
    assert.ok(!runsNatively('amd64', 'arm64') && !runsNatively('arm64', 'amd64') && !runsNatively('arm64', '386'));
    assert.deepEqual(mismatchNames('arm64', undefined), { platform: 'linux/arm64', native: 'arm64', forced: 'amd64' });
    assert.deepEqual(mismatchNames('arm', 'amd64'), { platform: 'linux/arm/v7', native: 'arm', forced: 'amd64' });
    assert.equal(archList([]), '(none)');
  });

  it('grades loading by family for findings', () => {
    assert.equal(sliceFor(['arm64e'], 'arm64'), 'arm64e');
    assert.equal(sliceFor(['x86_64', 'arm64e', 'arm64'], 'arm64'), 'arm64');
    assert.equal(sliceFor(['x86_64h'], 'x86_64'), 'x86_64h');
    assert.equal(sliceFor(['arm64'], 'x86_64'), undefined);
    assert.equal(sliceFor(['ppc'], 'i386'), undefined);
  });
});

describe('arch names against this machine', () => {
  const goarchHere = (): string | undefined => {
    try {
      return execFileSync('/usr/bin/go', ['env', 'GOARCH'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GOARCH: '' } }).trim();
    } catch {
      return undefined;
    }
  };

  it("agrees with go env GOARCH, uname -m and Node's own ELF", function () {
    const go = goarchHere();
    if (!go) this.skip();
    const uname = execFileSync('/usr/bin/uname', ['-m'], { encoding: 'utf8' }).trim();
    assert.equal(nodeGoarch(process.arch), go);
    assert.equal(kernelGoarch(uname), go);
    assert.equal(inspectElfPath(process.execPath).goarch, go);
  });

  it("reads Debian's arm64 Delve as arm64, aarch64 to a Linux user", function () {
    const dlv = path.resolve(__dirname, '../../../../test/host/arm64/usr/bin/dlv');
    if (!fs.existsSync(dlv)) this.skip();
    const elf = inspectElfPath(dlv);
    assert.equal(elf.goarch, 'arm64');
    assert.equal(linuxArchName(elf.goarch), 'aarch64');
    assert.equal(elf.machineName, 'AArch64');
  });
});
