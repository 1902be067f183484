/**
 * The Linux rules on the healthy arm64 container's Machine with one fact changed at a time: a 32-bit userland
 * on its own 64-bit kernel is native, not emulated; ptrace_scope matters for attach only; DWARF 5 needs a dlv
 * built with Go ≥ 1.25 unless GOEXPERIMENT=nodwarf5.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import type { LinuxMachine } from '../../../src/core/probe/machine';
import { LINUX_RULES } from '../../../src/core/rules/linux/index';
import { runRules } from '../../../src/core/rules/index';
import { inputOf, linuxMachine, REPO } from '../diagnose/helpers';

const HEALTHY = path.join(REPO, 'examples/snapshots/linux-healthy-arm64-container');

async function healthy(): Promise<LinuxMachine> {
  return linuxMachine({ ...inputOf(HEALTHY), cache: new DiagnosisCache() });
}

const codes = (m: LinuxMachine) => runRules(m, LINUX_RULES).map((f) => `${f.code}:${f.severity}`);

describe('linux: rules, one fact at a time', () => {
  it('healthy: nothing; an arm (32-bit) dlv on the arm64 kernel is native; an amd64 one is emulated', async () => {
    const m = await healthy();
    assert.deepEqual(codes(m), []);
    const dlv = m.linux.binaries.find((b) => b.role === 'dlv');
    assert.ok(dlv);
    dlv.goarch = 'arm';
    assert.deepEqual(codes(m), []);
    dlv.goarch = 'amd64';
    assert.deepEqual(codes(m), ['linux-emulated:error']);
  });

  it('ptrace_scope 1: only for a local attach without CAP_SYS_PTRACE, an error (Yama.rst: descendants only)', async () => {
    const m = await healthy();
    m.linux.ptraceScope = 1;
    m.linux.capSysPtrace = false;
    assert.deepEqual(codes(m), [], 'a launch is a descendant: scope 1 never blocks it');
    m.launch.request = 'attach';
    m.launch.mode = 'local';
    assert.deepEqual(codes(m), ['linux-ptrace-scope:error']);
    m.linux.capSysPtrace = true;
    assert.deepEqual(codes(m), []);
    m.linux.capSysPtrace = false;
    m.launch.mode = 'remote';
    assert.deepEqual(codes(m), [], 'a remote attach traces on the other machine');
  });

  it('DWARF 5: dlv built with go1.19.8 and a Go 1.25 toolchain; not with GOEXPERIMENT=nodwarf5, not with Go 1.24', async () => {
    const m = await healthy();
    m.go.env = { ...(m.go.env ?? {}), GOVERSION: 'go1.25.1' };
    const [f] = runRules(m, LINUX_RULES);
    assert.equal(f?.code, 'dlv-dwarf5-old-go');
    assert.match(f?.detail ?? '', /dlv was built with go1\.19\.8, and the program's Go compile units are DWARF 5 \(go1\.25\.1 writes DWARF 5 on Linux\)/);
    assert.deepEqual(f?.fixes.map((x) => x.kind), ['command', 'edit']);
    m.go.env.GOEXPERIMENT = 'nodwarf5';
    assert.deepEqual(codes(m), []);
    m.go.env = { ...m.go.env, GOEXPERIMENT: '', GOVERSION: 'go1.24.6' };
    assert.deepEqual(codes(m), []);
  });

  it('seccomp (a kernel before 4.8) is not blamed under emulation (the emulator is the cause)', async () => {
    const m = await healthy();
    m.linux.seccomp = 2;
    m.linux.capSysPtrace = false;
    m.linux.kernelRelease = '4.4.0-210-generic';
    assert.deepEqual(codes(m), ['linux-ptrace-blocked:warning']);
    m.linux.kernelGoarch = 'amd64';
    m.linux.kernelArch = 'x86_64';
    assert.deepEqual(codes(m), ['linux-emulated:error']);
  });
});
