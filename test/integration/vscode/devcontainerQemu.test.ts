/**
 * F5 in a container of another CPU, for real: Debian's arm64 Delve (test/host/arm64/usr/bin/dlv) run by
 * qemu-aarch64 on this x86_64 machine debugs a GOARCH=arm64 build, the mirror image of an amd64 Dev Container on
 * Apple Silicon. Delve fails with its real text ("fork/exec …: function not implemented"); the extension names
 * the emulation as the root cause, with the fix in .devcontainer/devcontainer.json, which the panel applies
 * keeping comments and undoes in one step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, comments, folder, readLaunch, startDebugging, stopAll, until, writeLaunch, writeSettingsAndWait } from './helpers';

const REPO = path.resolve(__dirname, '../../../..');
const ARM64_DLV = path.join(REPO, 'test/host/arm64/usr/bin/dlv');
const QEMU = '/usr/bin/qemu-aarch64';

const DEVCONTAINER = `// The team's dev container (comments are kept by every fix).
{
  "name": "hello",
  "image": "mcr.microsoft.com/devcontainers/go:1-1.22-bookworm",
  // pinned on purpose
  "runArgs": ["--platform=linux/arm64"]
}
`;

const LAUNCH = `{
  // Launch configurations for the emulation test.
  "version": "0.2.0",
  "configurations": [
    {
      // Debian's arm64 Delve, through qemu-aarch64, on an arm64 build of main.go.
      "name": "Launch hello (arm64 under qemu)",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      "program": "\${workspaceFolder}",
      "env": { "GOARCH": "arm64" },
      "dlvPath": ${JSON.stringify(ARM64_DLV)},
      "fixtureEmulator": [${JSON.stringify(QEMU)}],
      "args": ["integration"]
    }
  ]
}
`;

describe('F5 under qemu-aarch64: the emulation is the root cause', function () {
  this.timeout(240_000);
  let original = '';
  const dcDir = () => path.join(folder().uri.fsPath, '.devcontainer');
  const settingsUri = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');

  before(async function () {
    if (process.platform !== 'linux' || process.arch !== 'x64') this.skip();
    // npm test's set-up installs qemu-user and extracts Debian's arm64 Delve: in CI their absence is a failure.
    const missing = [QEMU, ARM64_DLV].filter((p) => !fs.existsSync(p));
    if (missing.length) {
      if (process.env.CI === 'true') throw new Error(`missing ${missing.join(', ')} (npm test's set-up installs them)`);
      this.skip();
    }
    original = readLaunch();
    fs.mkdirSync(dcDir(), { recursive: true });
    fs.writeFileSync(path.join(dcDir(), 'devcontainer.json'), DEVCONTAINER);
    await writeLaunch(LAUNCH);
    const settings = JSON.stringify({ 'go.alternateTools': { dlv: ARM64_DLV } }, null, 2);
    await writeSettingsAndWait(settingsUri(), settings, 'go.alternateTools.dlv', () => vscode.workspace.getConfiguration('go', folder().uri).get<Record<string, string>>('alternateTools')?.dlv === ARM64_DLV);
  });

  after(async () => {
    await stopAll();
    if (!original) return;
    await writeLaunch(original);
    await writeSettingsAndWait(settingsUri(), undefined, 'no go.alternateTools', () => !vscode.workspace.getConfiguration('go', folder().uri).get('alternateTools'));
    fs.rmSync(dcDir(), { recursive: true, force: true });
  });

  it('Delve fails with "function not implemented"; the report names the emulation first, with the devcontainer.json fix', async () => {
    const a = await api();
    const seen = a.nextReport((r) => r.findings.some((f) => f.code === 'linux-emulated' && f.evidence.some((e) => /function not implemented/.test(e))), 200_000);
    await startDebugging('Launch hello (arm64 under qemu)');
    const report = await seen;
    await stopAll();
    const first = report.findings[0];
    assert.equal(first?.code, 'linux-emulated', JSON.stringify(report.findings.map((f) => f.code)));
    // Delve's real text, and the facts the preflight read: the x86_64 kernel and the arm64 dlv.
    assert.ok(first.evidence.some((e) => /could not launch process: fork\/exec .*__debug_bin\S*: function not implemented/.test(e)), first.evidence.join('\n'));
    assert.ok(first.evidence.includes('kernel: x86_64 (/proc/sys/kernel/arch)'), first.evidence.join('\n'));
    assert.ok(first.evidence.includes(`dlv: ${ARM64_DLV} is ELF AArch64 (arm64)`), first.evidence.join('\n'));
    assert.ok(!JSON.stringify(first.fixes).includes('--privileged'));

    // The fix: runArgs to the kernel's platform (here linux/amd64), applied from the panel; comments kept; undo.
    const fixIndex = first.fixes.findIndex((f) => f.kind === 'edit');
    const fix = first.fixes[fixIndex];
    assert.deepEqual(fix?.kind === 'edit' ? fix.edit.path : undefined, ['runArgs', 0]);
    const file = path.join(dcDir(), 'devcontainer.json');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('goLldbDoctor.showReport');
    await a.panelPost({ type: 'applyFix', finding: 0, fix: fixIndex });
    await until('the devcontainer.json fix to apply', () => doc.getText() !== DEVCONTAINER, 20_000);
    assert.ok(doc.getText().includes('"runArgs": ["--platform=linux/amd64"]'), doc.getText());
    assert.deepEqual(comments(doc.getText()), comments(DEVCONTAINER));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), DEVCONTAINER);
  });
});
