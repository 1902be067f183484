/**
 * F5 with real Delve (dlv dap from Debian, served by the go-debug-fixture extension): a launch Delve refuses
 * for real produces diagnostics on the exact JSON node, the quick fix edits launch.json keeping every comment,
 * undo restores it byte for byte, and the next launch succeeds and clears the diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, comments, launchUri, nextTermination, quickFixes, rangeOf, readLaunch, startDebugging, stopAll, until, writeLaunch } from './helpers';

const BAD_BACKEND = `{
  // Fixture launch configurations for the integration tests (JSONC: the comments are part of the fixture).
  "version": "0.2.0",
  "configurations": [
    {
      // Builds and runs main.go under real Delve (dlv dap) served by the go-debug-fixture extension.
      "name": "Launch hello",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      "program": "\${workspaceFolder}",
      "args": ["integration"]
    },
    {
      // Copied from a blog post: a backend Delve does not have.
      "name": "Bad backend",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      /* the backend: */
      "backend": "nosuch",
      "program": "\${workspaceFolder}",
      "args": ["integration"] // the program prints hello, integration
    }
  ]
}
`;

/** Records each `go` session's DAP responses to launch (did Delve launch the program?). */
function watchLaunches(): { launched: (boolean | undefined)[]; dispose(): void } {
  const launched: (boolean | undefined)[] = [];
  const d = vscode.debug.registerDebugAdapterTrackerFactory('go', {
    createDebugAdapterTracker: () => ({
      onDidSendMessage: (m: { type?: string; command?: string; success?: boolean }) => {
        if (m.type === 'response' && m.command === 'launch') launched.push(m.success);
      },
    }),
  });
  return { launched, dispose: () => d.dispose() };
}

describe('F5 with real Delve', function () {
  this.timeout(180_000);
  let original = '';

  before(async () => {
    original = readLaunch();
    await writeLaunch(BAD_BACKEND);
  });

  after(async () => {
    await stopAll();
    await writeLaunch(original);
  });

  it('anchors the failure on "backend", fixes it keeping comments, undoes byte for byte, then launches clean', async () => {
    const a = await api();
    const launches = watchLaunches();
    try {
      const failed = a.nextReport((r) => r.findings.some((f) => f.code === 'launch-unknown-backend'), 120_000);
      await startDebugging('Bad backend');
      const report = await failed;
      await stopAll();
      assert.equal(report.findings[0]?.code, 'launch-unknown-backend', JSON.stringify(report.findings.map((f) => f.code)));

      // The diagnostic sits on the "backend" property, found with jsonc-parser despite the comments.
      const diag = await until('the backend diagnostic', () => a.diagnostics().find((d) => d.code === 'launch-unknown-backend'));
      assert.equal(diag.uri, launchUri().toString());
      assert.deepEqual(diag.range, rangeOf(BAD_BACKEND, '"backend": "nosuch"'));
      const shown = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === 'launch-unknown-backend');
      assert.equal(shown?.source, 'Go LLDB Doctor');
      assert.equal(shown?.severity, vscode.DiagnosticSeverity.Error);

      // The preferred quick fix removes the attribute and nothing else.
      const doc = await vscode.workspace.openTextDocument(launchUri());
      await vscode.window.showTextDocument(doc);
      const actions = await quickFixes(launchUri(), shown.range);
      const fix = actions.find((x) => x.isPreferred && x.edit);
      assert.ok(fix, `a preferred quick fix among ${actions.map((x) => x.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit as vscode.WorkspaceEdit));
      const fixed = doc.getText();
      assert.ok(!fixed.includes('"backend"'));
      assert.deepEqual(comments(fixed), comments(BAD_BACKEND));
      assert.ok(fixed.includes('"args": ["integration"] // the program prints hello, integration'));

      // Undo restores the file byte for byte; redo and save keep the fix.
      await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), BAD_BACKEND);
      await vscode.commands.executeCommand('redo');
      assert.equal(doc.getText(), fixed);
      assert.ok(await doc.save());

      // The next launch succeeds and its report clears the diagnostics.
      const clean = nextTermination(120_000);
      await startDebugging('Bad backend');
      await clean;
      assert.deepEqual(launches.launched, [false, true]);
      await until('the diagnostics to clear', () => a.diagnostics().every((d) => d.severity !== 'error'), 10_000);
      assert.equal(vscode.languages.getDiagnostics(launchUri()).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);
    } finally {
      launches.dispose();
    }
  });
});
