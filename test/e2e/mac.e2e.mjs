// A Mac replayed from a demo snapshot (user setting goLldbDoctor.replaySnapshot = examples/snapshots/rosetta-vscode:
// VS Code under Rosetta on Apple silicon) and a launch.json copied from a blog post (backend "native", dlvArgs):
// what the user sees after opening the workspace, running the command, reading Problems, using a quick fix.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { commandTitles } from './lib/commands.mjs';
import { useSession } from './lib/hooks.mjs';
import { until } from './lib/ui.mjs';

const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/rosetta-vscode');
const LAUNCH = '.vscode/launch.json';
const EXTENSION = 'go-lldb-doctor.go-lldb-doctor';

describe('a Mac with VS Code under Rosetta (replayed snapshot)', function () {
  const session = useSession({ name: 'mac', workspace: 'mac-demo', settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT } });

  it('does not activate when a Go workspace opens', async () => {
    const s = session.get();
    await s.ui.openFile('main.go');
    // The extension host has run its startup activations (eager, then onStartupFinished) and the Go file opened.
    await until('the extension host to finish its startup activations', () => /Eager extensions activated/.test(s.extensionHostLog()));
    await until('onStartupFinished activations', () => /activationEvent: 'onStartupFinished'/.test(s.extensionHostLog()));
    assert.doesNotMatch(s.extensionHostLog(), new RegExp(`_doActivateExtension ${EXTENSION}\\b`));
    assert.equal(await s.page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /LLDB/ }).count(), 0);
  });

  it('"LLDB Doctor" in the palette finds every command of the extension (issue 19 item 9)', async () => {
    const s = session.get();
    const titles = commandTitles('package.nls.json');
    const labels = await s.ui.paletteLabels('LLDB Doctor', titles.length);
    assert.deepEqual(titles.filter((t) => !labels.includes(t)), [], `the palette lists: ${labels.join(' | ')}`);
  });

  it('Go: Diagnose LLDB Architecture (LLDB Doctor) from the palette opens the report panel', async () => {
    const s = session.get();
    await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
    const text = await s.ui.webviewText('VS Code runs under Rosetta');
    for (const expected of ['Debugging will fail', 'Replayed snapshot', 'backend "native" does not exist', 'debugserver runs under Rosetta', 'Re-run']) {
      assert.ok(text.includes(expected), `the panel shows "${expected}"`);
    }
    // The recorded Mac's commands (lipo, file …) are said to be for it, never offered in this machine's terminal.
    assert.ok(text.includes('to run on the recorded machine, not here'), text);
    assert.equal(await s.ui.webview().locator('button', { hasText: 'Open in Terminal' }).count(), 0);
    await s.page.locator('.tabs-container .tab.active', { hasText: 'Go LLDB Doctor' }).waitFor();
    assert.match(s.extensionHostLog(), new RegExp(`_doActivateExtension ${EXTENSION}, startup: false, activationEvent: 'onCommand:goLldbDoctor.diagnose'`));
  });

  it('the status bar shows the LLDB arch against the Mac, with a tooltip', async () => {
    const s = session.get();
    const item = await s.ui.statusItem('LLDB x86_64 ≠ arm64');
    await item.hover();
    const hover = s.page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Go LLDB Doctor: errors' }).first();
    await hover.waitFor();
    const tip = await hover.innerText();
    for (const expected of ['darwin arm64', 'debugserver', 'VS Code runs under Rosetta', 'VS Code runs as x86_64 under Rosetta.', 'Click to open the report.']) {
      assert.ok(tip.includes(expected), `the tooltip shows "${expected}": ${tip}`);
    }
    // The Mac (the host) is arm64; VS Code, not the host, runs under Rosetta.
    assert.ok(!tip.includes('(under Rosetta)'), tip);
    await s.page.mouse.move(700, 400);
  });

  it('the Problems panel lists the findings on launch.json', async () => {
    const s = session.get();
    await s.ui.command('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = await s.ui.problems('backend "native" does not exist');
    const text = rows.join('\n');
    assert.match(text, /launch\.json/);
    for (const expected of ['VS Code runs under Rosetta', 'launch.json attribute that does not exist']) {
      assert.ok(text.includes(expected), `Problems lists "${expected}":\n${text}`);
    }
    // One cause, one error: the shell and debugserver under Rosetta follow from VS Code under Rosetta; they are
    // its related information (rows under it that link their places), not errors of their own.
    const related = await s.ui.problems('follows from it: debugserver runs under Rosetta');
    assert.ok(related.some((r) => r.includes('follows from it: The terminal or shell runs under Rosetta')), related.join('\n'));
    for (const own of ['debugserver runs under Rosetta', 'The terminal or shell runs under Rosetta']) {
      assert.ok(!related.some((r) => r.startsWith(own)), `"${own}" is not an error of its own:\n${related.join('\n')}`);
    }
  });

  it('a quick fix chosen with the keyboard (Ctrl+.) edits launch.json and keeps the other comments', async () => {
    const s = session.get();
    const before = s.readFile(LAUNCH);
    await s.ui.openFile('launch.json');
    await s.ui.goToLine(lineOf(before, '"backend"'));
    await s.page.keyboard.press('Home'); // the line's first character: the diagnostic's start
    await s.page.keyboard.press('Control+.');
    await s.ui.chooseAction('Remove "backend" (the default is lldb, i.e. debugserver)');
    await s.ui.save();
    const after = await until('launch.json saved without "backend"', () => {
      const t = s.readFile(LAUNCH);
      return t !== before ? t : undefined;
    });
    assert.doesNotMatch(after, /"backend"/);
    for (const comment of before.match(/\/\/[^\n]*/g) ?? []) {
      if (!comment.includes('"fixes" the liblldb error')) assert.ok(after.includes(comment), `kept: ${comment}`);
    }
    // The comment that belonged to the removed line went with it (it would sit alone above "dlvArgs").
    assert.ok(!after.includes('"fixes" the liblldb error'), after);
    assert.match(after, /"dlvArgs"/);
    // Diagnostics follow the newest diagnosis: run it again, the fixed problem leaves the Problems panel.
    await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
    await s.ui.command('View: Focus Problems (Errors, Warnings, Infos)');
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: 'backend "native"' }).waitFor({ state: 'detached', timeout: 30_000 });
    await s.ui.problems('launch.json attribute that does not exist');
  });
});

describe('F5 on a configuration the preflight finds broken (blockOnError: false)', function () {
  // The snapshot through the setting, in User settings and in the Remote (machine) settings too, where a remote
  // window reads machine-scoped settings: at F5 right after start-up the extension may read its settings before
  // the web workbench has sent the User settings to the remote extension host.
  const session = useSession({
    name: 'mac-f5',
    workspace: 'mac-demo',
    settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT },
    beforeStart: (f) => {
      mkdirSync(path.join(f.userData, 'Machine'), { recursive: true });
      writeFileSync(path.join(f.userData, 'Machine', 'settings.json'), JSON.stringify({ 'goLldbDoctor.replaySnapshot': SNAPSHOT }));
    },
  });

  it('says "this launch will fail — <root cause>" with Show Report', async () => {
    const s = session.get();
    await s.ui.openFile('main.go');
    // F5 once the workbench has settled (its settings loaded), as a user would after the window opened.
    await until('onStartupFinished activations', () => /activationEvent: 'onStartupFinished'/.test(s.extensionHostLog()));
    await s.page.keyboard.press('F5');
    const toast = await s.ui.notification('Go LLDB Doctor: this launch will fail — VS Code runs under Rosetta', 120_000);
    await s.shot('launch-will-fail');
    assert.equal((doctorLog(s).match(/preflight: announced/g) ?? []).length, 1, doctorLog(s));
    // (Once per configuration until the verdict changes: test/unit/present/launchNotice.test.ts.)
    await toast.locator('.monaco-button', { hasText: 'Show Report' }).first().click();
    await s.ui.webviewText('VS Code runs under Rosetta');
  });
});

describe('F5 with blockOnError on a configuration the preflight finds broken', function () {
  const session = useSession({
    name: 'mac-block',
    workspace: 'mac-demo',
    // The snapshot through the setting, in the Machine settings too (as for mac-f5 above); the product reads no
    // environment override.
    settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT, 'goLldbDoctor.preflight.blockOnError': true },
    beforeStart: (f) => {
      mkdirSync(path.join(f.userData, 'Machine'), { recursive: true });
      writeFileSync(path.join(f.userData, 'Machine', 'settings.json'), JSON.stringify({ 'goLldbDoctor.replaySnapshot': SNAPSHOT }));
    },
  });

  it('the dialog says "will fail" as the notification does, with an error icon, counting what Problems shows', async () => {
    const s = session.get();
    await s.ui.openFile('main.go');
    await until('onStartupFinished activations', () => /activationEvent: 'onStartupFinished'/.test(s.extensionHostLog()));
    await s.page.keyboard.press('F5');
    const dialog = s.page.locator('.monaco-dialog-box');
    await dialog.filter({ hasText: 'Go LLDB Doctor: this launch will fail — VS Code runs under Rosetta' }).waitFor({ timeout: 120_000 });
    await s.shot('block-dialog');
    // VS Code's dialog draws an error with Codicon.dialogError (`codicon-dialog-error`), a warning with `…-warning`.
    assert.equal(await dialog.locator('.dialog-icon.codicon-dialog-error').count(), 1, await dialog.innerHTML());
    const detail = await dialog.locator('.dialog-message-detail').innerText();
    assert.doesNotMatch(await dialog.innerText(), /likely|problem\(s\)/);
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    // The same count as Problems: one row per root cause (followers are its related information).
    await s.ui.command('View: Focus Problems (Errors, Warnings, Infos)');
    await s.ui.problems('VS Code runs under Rosetta');
    const panel = s.page.locator('.markers-panel');
    // Each marker row has its severity's codicon; related information rows and the file row have none.
    const errors = await panel.locator('.monaco-list-row .codicon-error').count();
    const warnings = await panel.locator('.monaco-list-row .codicon-warning').count();
    const words = [errors === 1 ? '1 error' : `${errors} errors`, ...(warnings ? [warnings === 1 ? '1 warning' : `${warnings} warnings`] : [])];
    assert.equal(detail, `Found before starting Delve: ${words.join(', ')}.`);
    assert.ok(errors >= 1);
  });
});

/** The extension's log channel as written so far. */
function doctorLog(s) {
  const logs = path.join(s.f.userData, 'logs');
  return readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((n) => /Go LLDB Doctor\.log$/.test(n)).map((n) => readFileSync(path.join(logs, n), 'utf8')).join('\n');
}

function lineOf(text, needle) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in the file`);
  return text.slice(0, at).split('\n').length;
}
