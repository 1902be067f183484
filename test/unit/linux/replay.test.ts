/**
 * Replay of the Linux demo snapshots (examples/snapshots/linux-*): Dev Containers on an Apple Silicon Mac under
 * QEMU, under Rosetta for Linux, under Docker's seccomp profile, and a healthy arm64 one. Each gives its one root
 * cause with the fix where the user configures the container, and the devcontainer.json edits keep comments and
 * undo in one step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, parseJsonc, planEdit } from '../../../src/core/launch';
import { invertEdits } from '../launch/helpers';
import type { EditFix, Report } from '../../../src/core/report/types';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');
const ROOT_OF = (name: string) => path.join(EXAMPLES, name, 'root');

function edits(r: Report): EditFix[] {
  return r.findings.flatMap((f) => f.fixes).filter((f): f is EditFix => f.kind === 'edit');
}

/** Applies an edit fix to the snapshot's copy of the file, as the VS Code layer does (planEdit + WorkspaceEdit). */
function applyFix(name: string, fix: EditFix): { before: string; after: string; undone: string } {
  const before = fs.readFileSync(path.join(ROOT_OF(name), fix.edit.filePath ?? ''), 'utf8');
  const plan = planEdit(before, { path: fix.edit.path, value: fix.edit.value, ...(fix.edit.insert ? { insert: true as const } : {}) });
  assert.ok(plan.ok, JSON.stringify(plan));
  const after = applyEdits(before, plan.edits);
  return { before, after, undone: applyEdits(after, invertEdits(before, plan.edits)) };
}

function noPrivilegedFix(r: Report): void {
  for (const f of r.findings.flatMap((x) => x.fixes)) assert.ok(!/--privileged/.test(JSON.stringify(f)), JSON.stringify(f));
}

describe('linux: replay of the dev container snapshots', () => {
  it('QEMU: the emulation is the root cause; the fix sets runArgs to linux/arm64, comments kept, undoable', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-qemu-amd64-container'));
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-emulated']);
    const f = r.findings[0];
    assert.equal(f?.title, 'The container runs under QEMU emulation: Delve cannot work');
    assert.match(f?.detail ?? '', /QEMU does not implement ptrace/);
    assert.match(f?.detail ?? '', /--privileged and SYS_PTRACE do not help/);
    assert.equal(f?.detail.match(/--privileged/g)?.length, 1);
    assert.ok(f?.evidence.includes('kernel: aarch64 (/proc/sys/kernel/arch)'), JSON.stringify(f?.evidence));
    assert.ok(f?.evidence.includes('/proc/1/exe: /usr/bin/qemu-x86_64'));
    assert.ok(f?.evidence.some((e) => /dlv: \/go\/bin\/dlv is ELF .*\(amd64\)/.test(e)));
    assert.equal(r.host.hardwareArch, 'arm64');
    const [fix] = edits(r);
    assert.deepEqual(fix?.edit, { file: 'devcontainer.json', filePath: '/workspaces/hello/.devcontainer/devcontainer.json', path: ['runArgs', 0], value: '--platform=linux/arm64' });
    const { before, after, undone } = applyFix('linux-qemu-amd64-container', fix as EditFix);
    assert.equal((parseJsonc(after).value as { runArgs: string[] }).runArgs[0], '--platform=linux/arm64');
    // The comment about the old value goes with it (issue 19 item 13); the file's header comment stays.
    assert.doesNotMatch(after, /amd64 on purpose/);
    assert.match(after, /^\/\/ Dev container for hello: pinned to amd64/);
    assert.equal(after.split('\n').length, before.split('\n').length - 1);
    assert.equal(undone, before);
    assert.ok(f?.fixes.some((x) => x.title === 'Dev Containers: Rebuild Container' && x.kind === 'manual' && /^After editing devcontainer\.json run .*creates a new container/.test(x.detail ?? '')));
    noPrivilegedFix(r);
  });

  it('Rosetta for Linux: named from /run/rosetta/rosetta; the Dockerfile FROM --platform line is a manual step', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-rosetta-amd64-container'));
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-emulated']);
    const f = r.findings[0];
    assert.equal(f?.title, 'The container runs under Rosetta for Linux: breakpoints fail');
    assert.match(f?.detail ?? '', /input\/output error/);
    assert.ok(f?.evidence.includes('/proc/1/exe: /run/rosetta/rosetta'));
    assert.deepEqual(edits(r), []);
    const manual = f?.fixes.find((x) => x.kind === 'manual' && /FROM line/.test(x.title));
    assert.equal(manual?.title, 'Remove --platform=linux/amd64 from the FROM line of /workspaces/hello/.devcontainer/Dockerfile (line 1), then Rebuild Container');
    // The Rebuild Container step names the file that changes (the Dockerfile), not devcontainer.json, which does not.
    const rebuild = f?.fixes.find((x) => x.title === 'Dev Containers: Rebuild Container');
    assert.match(rebuild?.kind === 'manual' ? (rebuild.detail ?? '') : '', /^After editing \/workspaces\/hello\/\.devcontainer\/Dockerfile run /);
    assert.ok(!f?.fixes.some((x) => JSON.stringify(x).includes('devcontainer.json')), JSON.stringify(f?.fixes));
    noPrivilegedFix(r);
  });

  it('Docker\'s seccomp profile without SYS_PTRACE on Linux 6.10: a launch works, nothing reported (moby#38137)', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-seccomp-arm64-container'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.components.find((c) => c.id === 'permissions')?.status, 'ok');
  });

  it('seccomp without SYS_PTRACE on Linux 4.4: capAdd and securityOpt edits of devcontainer.json', async () => {
    const name = 'linux-seccomp-old-kernel-container';
    const r = await diagnoseDir(path.join(EXAMPLES, name));
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['linux-ptrace-blocked', 'warning']]);
    assert.ok(r.findings[0]?.evidence.includes('/proc/sys/kernel/osrelease: 4.4.0-210-generic'));
    const fixes = edits(r);
    assert.deepEqual(fixes.map((x) => [x.edit.path, x.edit.value]), [[['capAdd'], ['SYS_PTRACE']], [['securityOpt'], ['seccomp=unconfined']]]);
    let text = fs.readFileSync(path.join(ROOT_OF(name), '/workspaces/hello/.devcontainer/devcontainer.json'), 'utf8');
    for (const fix of fixes) {
      const plan = planEdit(text, { path: fix.edit.path, value: fix.edit.value });
      assert.ok(plan.ok);
      text = applyEdits(text, plan.edits);
    }
    const v = parseJsonc(text).value as { capAdd: string[]; securityOpt: string[]; image: string };
    assert.deepEqual([v.capAdd, v.securityOpt, v.image], [['SYS_PTRACE'], ['seccomp=unconfined'], 'mcr.microsoft.com/devcontainers/go:1-1.22-bookworm']);
  });

  it('a healthy arm64 container: no finding, the chain is aarch64 on an aarch64 kernel', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-healthy-arm64-container'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.verdict, 'ok');
    assert.deepEqual(r.components.map((c) => [c.id, c.status, c.archs?.[0]]), [
      ['host', 'ok', 'aarch64'], ['vscode', 'ok', 'aarch64'], ['go', 'ok', 'aarch64'], ['dlv', 'ok', 'aarch64'], ['permissions', 'ok', undefined],
    ]);
  });

  it('DWARF 5: a dlv 1.25.1 built by go1.24.6 and a go1.25.3 toolchain, both read from the ELF build info, no command for them', async () => {
    const name = 'linux-dwarf5-old-dlv-arm64-container';
    const r = await diagnoseDir(path.join(EXAMPLES, name));
    assert.deepEqual(r.findings.map((f) => f.code), ['dlv-dwarf5-old-go']);
    const f = r.findings[0];
    // Both build infos, as issue 20 item 1 asks: dlv's Go and Delve version, and the Go that builds the program.
    assert.deepEqual(f?.evidence, ['dlv /go/bin/dlv: built with go1.24.6 (Delve 1.25.1; `go version -m`)', 'program: built by go1.25.3 (`go env GOVERSION GOEXPERIMENT`)']);
    assert.match(f?.detail ?? '', /Delve 1\.25\.1 refuses it: "To debug executables using DWARFv5 or later Delve must be built with Go version 1\.25\.0 or later"/);
    assert.match(f?.detail ?? '', /Delve must be built with Go version 1\.25\.0 or later/);
    const dlv = r.components.find((c) => c.id === 'dlv');
    assert.equal(dlv?.version, '1.25.1');
    // Neither `dlv version` nor `go version -m` was needed: the snapshot recorded only `go env -json`.
    const machine = JSON.parse(fs.readFileSync(path.join(EXAMPLES, name, 'machine.json'), 'utf8')) as { commands: { argv: string[] }[] };
    assert.deepEqual(machine.commands.map((c) => c.argv.join(' ')), ['/usr/local/go/bin/go env -json']);
    assert.ok(f?.fixes.some((x) => x.kind === 'command' && x.command === 'env -u GOOS -u GOARCH /usr/local/go/bin/go install github.com/go-delve/delve/cmd/dlv@latest'));
    const [fix] = edits(r);
    assert.deepEqual(fix?.edit.path, ['configurations', 0, 'env', 'GOEXPERIMENT']);
    assert.equal(fix?.edit.value, 'nodwarf5');
  });
});
