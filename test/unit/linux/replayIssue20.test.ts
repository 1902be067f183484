/**
 * Issue 20 items 5–7 on recorded machines (examples/snapshots/linux-*, built from real ELF files by
 * test/fixtures/linux/build-snapshots.mjs): Yama scope 2 with a non-root remoteUser, a Linux VM whose go and dlv
 * alone are emulated, the mirror-image mismatch (arm64 userland on an x86_64 kernel) and a containerEnv GOARCH.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyText } from '../../../src/core/dap';
import { applyEdits, planEdit } from '../../../src/core/launch';
import { invertEdits } from '../launch/helpers';
import type { EditFix, Report } from '../../../src/core/report/types';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');

function edits(r: Report): EditFix[] {
  return r.findings.flatMap((f) => f.fixes).filter((f): f is EditFix => f.kind === 'edit');
}

/** Every text of a report a user reads (title, detail, fix titles and details). */
function texts(r: Report): string {
  return r.findings.flatMap((f) => [f.title, f.detail, ...f.fixes.flatMap((x) => [x.title, x.kind === 'manual' ? x.detail ?? '' : ''])]).join('\n');
}

describe('linux: issue 20 machines (ptrace, emulation, GOARCH)', () => {
  it('Yama scope 2, remoteUser vscode with capAdd SYS_PTRACE: a launch is an error; the fix is remoteUser root', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-yama2-nonroot-container'));
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['linux-ptrace-scope', 'error']]);
    const f = r.findings[0];
    assert.ok(f?.evidence.includes('/proc/sys/kernel/yama/ptrace_scope: 2'), JSON.stringify(f?.evidence));
    assert.ok(f?.evidence.includes('/proc/self/status: Uid 1000 vscode'), JSON.stringify(f?.evidence));
    assert.match(f?.detail ?? '', /capAdd SYS_PTRACE, but that reaches only root/);
    assert.deepEqual(edits(r).map((x) => [x.edit.path, x.edit.value]), [[['remoteUser'], 'root']]);
    assert.equal(r.components.find((c) => c.id === 'permissions')?.status, 'invalid');
  });

  it('a Lima VM, native VS Code server, amd64 go and dlv under Rosetta: the tools are the cause, not "the container"', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-vm-rosetta-amd64-go'));
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-emulated']);
    const f = r.findings[0];
    assert.equal(f?.title, 'go, dlv: amd64 binaries run by Rosetta for Linux on this aarch64 machine');
    assert.doesNotMatch(texts(r), /container runs|Rebuild Container|devcontainer/i);
    assert.match(f?.detail ?? '', /VS Code's server here is native/);
    assert.deepEqual(f?.fixes.map((x) => x.title), ['Install the Go for linux/arm64 (go.dev/dl) in place of the amd64 one', 'Then rebuild dlv with the native Go']);
    assert.ok(f?.evidence.includes('/proc/sys/fs/binfmt_misc/rosetta: /mnt/lima-rosetta/rosetta'));
  });

  it('the mirror image (arm64 userland on an x86_64 kernel): every text names linux/amd64 and arm64 from the facts', async () => {
    const r = await diagnoseDir(path.join(EXAMPLES, 'linux-qemu-arm64-on-x86-container'));
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-emulated']);
    const all = texts(r);
    assert.match(all, /dropping the arm64 platform is enough/);
    assert.match(all, /once no arm64 platform is forced\. For an image published for arm64 only, ask for or build an amd64 variant/);
    assert.match(all, /on an x86_64 kernel/);
    assert.doesNotMatch(all, /dropping the amd64|build an? arm64 variant|linux\/arm64 variant/);
    assert.deepEqual(edits(r).map((x) => x.edit.value), ['--platform=linux/amd64']);
  });

  it('containerEnv GOARCH=amd64 in a native arm64 container is an error; the edit removes the key, undoable', async () => {
    const name = 'linux-containerenv-goarch-amd64';
    const r = await diagnoseDir(path.join(EXAMPLES, name));
    assert.equal(r.verdict, 'error');
    assert.deepEqual(r.findings.map((f) => f.code), ['linux-goarch-override']);
    const [fix] = edits(r);
    assert.deepEqual(fix?.edit.path, ['containerEnv', 'GOARCH']);
    const file = path.join(EXAMPLES, name, 'root', fix?.edit.filePath ?? '');
    const before = fs.readFileSync(file, 'utf8');
    const plan = planEdit(before, { path: fix?.edit.path ?? [], remove: true });
    assert.ok(plan.ok, JSON.stringify(plan));
    const after = applyEdits(before, plan.edits);
    assert.match(after, /"containerEnv": \{\s*"CGO_ENABLED": "0"\s*\}/);
    assert.match(after, /\/\/ for the deploy target/);
    assert.equal(applyEdits(after, invertEdits(before, plan.edits)), before);
  });

  it('Delve\'s QEMU text alone: the direction follows the machine\'s CPU (an x86_64 machine: an arm64 image, linux/amd64)', () => {
    const text = 'could not launch process: fork/exec /tmp/x/__debug_bin: function not implemented';
    for (const [hw, forced, platform] of [['x86_64', 'an arm64 image on an amd64 kernel', 'linux/amd64'], ['arm64', 'an amd64 image on an arm64 kernel', 'linux/arm64']] as const) {
      const [f] = classifyText(text, { platform: 'linux', hardwareArch: hw });
      assert.ok(f?.detail.includes(forced), f?.detail);
      assert.equal(f?.fixes[0]?.title, `Use the ${platform} variant of the image`);
    }
  });
});
