/**
 * Issue 20 item 5: ptrace as the kernel defines it (Documentation/admin-guide/LSM/Yama.rst, yama_ptrace_traceme;
 * moby#38137 for Docker's seccomp profile), on the healthy arm64 container's Machine with one fact changed at a
 * time, and on this machine's own /proc (its real ptrace_scope, CapEff and kernel release).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosisCache, diagnose } from '../../../src/core/diagnose';
import type { LinuxMachine } from '../../../src/core/probe/machine';
import { liveHost } from '../../../src/core/host/live';
import { LINUX_RULES } from '../../../src/core/rules/linux/index';
import { runRules } from '../../../src/core/rules/index';
import { inputOf, linuxMachine, REPO } from '../diagnose/helpers';

const HEALTHY = path.join(REPO, 'examples/snapshots/linux-healthy-arm64-container');

async function healthy(): Promise<LinuxMachine> {
  return linuxMachine({ ...inputOf(HEALTHY), cache: new DiagnosisCache() });
}

const run = (m: LinuxMachine) => runRules(m, LINUX_RULES);
const codes = (m: LinuxMachine) => run(m).map((f) => `${f.code}:${f.severity}`);

describe('linux: ptrace as the kernel defines it (issue 20 item 5)', () => {
  it('scope 2: launch and attach both need CAP_SYS_PTRACE in dlv (PTRACE_TRACEME is refused too)', async () => {
    const m = await healthy();
    m.linux.ptraceScope = 2;
    assert.deepEqual(codes(m), [], 'with CAP_SYS_PTRACE (root with capAdd) nothing is blocked');
    m.linux.capSysPtrace = false;
    m.linux.euid = 0;
    const [f] = run(m);
    assert.deepEqual([f?.code, f?.severity, f?.title], ['linux-ptrace-scope', 'error', 'Yama ptrace_scope blocks launching and attaching']);
    assert.match(f?.detail ?? '', /PTRACE_TRACEME/);
    m.launch.request = 'attach';
    m.launch.mode = 'local';
    assert.deepEqual(codes(m), ['linux-ptrace-scope:error']);
  });

  it('scope 2, a non-root remoteUser with capAdd SYS_PTRACE already: says capAdd cannot help, offers remoteUser root', async () => {
    const m = await healthy();
    Object.assign(m.linux, { ptraceScope: 2, capSysPtrace: false, euid: 1000 });
    const dc = m.linux.devcontainer;
    assert.ok(dc);
    assert.ok(dc.capAdd.includes('SYS_PTRACE'));
    dc.remoteUser = 'vscode';
    const [f] = run(m);
    assert.match(f?.detail ?? '', /already has capAdd SYS_PTRACE.*\(vscode\) has none/);
    const edits = f?.fixes.filter((x) => x.kind === 'edit').map((x) => x.kind === 'edit' && [x.edit.path, x.edit.value]);
    assert.deepEqual(edits, [[['remoteUser'], 'root']], 'no capAdd edit: it is there already');
  });

  it('scope 3: launch and attach are errors even with CAP_SYS_PTRACE; the fix says a reboot is needed, no run-time command', async () => {
    const m = await healthy();
    m.linux.ptraceScope = 3;
    const [f] = run(m);
    assert.deepEqual([f?.code, f?.severity], ['linux-ptrace-scope', 'error']);
    assert.match(f?.detail ?? '', /does not let this setting be lowered until the next boot/);
    assert.deepEqual(f?.fixes.map((x) => x.kind), ['manual']);
    assert.match(f?.fixes[0]?.title ?? '', /then reboot/);
    m.launch.request = 'attach';
    m.launch.mode = 'remote';
    assert.deepEqual(codes(m), [], 'a remote attach traces on the other machine');
  });

  it('Docker\'s seccomp profile without SYS_PTRACE: nothing on a kernel ≥ 4.8 (launch works), a warning before it', async () => {
    const m = await healthy();
    Object.assign(m.linux, { seccomp: 2, capSysPtrace: false, kernelRelease: '6.10.14-linuxkit' });
    assert.deepEqual(codes(m), []);
    m.linux.kernelRelease = '4.8.0';
    assert.deepEqual(codes(m), []);
    m.linux.kernelRelease = '4.7.10';
    assert.deepEqual(codes(m), ['linux-ptrace-blocked:warning']);
    m.linux.kernelRelease = undefined;
    assert.deepEqual(codes(m), [], 'an unknown kernel is not blamed');
  });

  it('this machine\'s real /proc: the probes read osrelease, Uid and CapEff as the kernel shows them; the verdict follows', async function () {
    if (process.platform !== 'linux') this.skip();
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const capEff = /^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1] ?? '';
    const has = ((BigInt(`0x${capEff}`) >> 19n) & 1n) === 1n;
    const scopeFile = '/proc/sys/kernel/yama/ptrace_scope';
    const scope = fs.existsSync(scopeFile) ? Number(fs.readFileSync(scopeFile, 'utf8').trim()) : undefined;
    const r = await diagnose({ host: liveHost(), cache: new DiagnosisCache() });
    const perm = r.components.find((c) => c.id === 'permissions');
    assert.match(perm?.notes?.[0] ?? '', new RegExp(`CAP_SYS_PTRACE ${has ? 'yes' : 'no'}, ptrace_scope ${scope ?? '-'}`));
    const blocked = scope === 3 || (scope === 2 && !has);
    assert.equal(r.findings.some((f) => f.code === 'linux-ptrace-scope'), blocked, JSON.stringify(r.findings));
    const m = await linuxMachine({ host: liveHost(), cache: new DiagnosisCache() });
    assert.equal(m.linux?.kernelRelease, fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    assert.equal(m.linux?.euid, process.geteuid?.());
  });
});
