// Report on GitHub… (issue 19 item 8): the panel's button, the choice of project, VS Code's own "open the external
// website?" prompt, and the page the browser is asked to open: a new issue of go-delve/delve whose body is the
// Markdown report as the panel shows it, with home folders redacted. github.com is answered locally (offline host).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { useSession } from './lib/hooks.mjs';

const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/rosetta-vscode');

describe('sharing a diagnosis on GitHub', function () {
  const session = useSession({ name: 'share', workspace: 'mac-demo', settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT } });

  it('Report on GitHub… opens a prefilled new Delve issue in the browser, with the redacted report', async () => {
    const s = session.get();
    const context = s.page.context();
    await context.route('https://github.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>new issue</title>' }));
    await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
    await s.ui.webviewText('VS Code runs under Rosetta');
    await s.ui.webview().getByRole('button', { name: 'Report on GitHub…' }).click();
    const row = s.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'go-delve/delve' }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    const opened = context.waitForEvent('page', { timeout: 30_000 });
    // VS Code asks before it opens a site that is not trusted, showing the whole link (taller than the window): the
    // user says Open with Enter, the dialog's focused default button.
    const dialog = s.page.locator('.monaco-dialog-box', { hasText: 'github.com/go-delve/delve/issues/new' });
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.locator('.monaco-button', { hasText: /^Open$/ }).first().innerText(), /Open/);
    await s.page.keyboard.press('Enter');
    const page = await opened;
    await page.waitForURL(/^https:\/\/github\.com\//, { timeout: 30_000 });
    const url = new URL(page.url());
    assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/go-delve/delve/issues/new');
    assert.ok(page.url().length <= 7800, String(page.url().length));
    const title = url.searchParams.get('title') ?? '';
    const body = url.searchParams.get('body') ?? '';
    assert.match(title, /^Go debugging: .*Rosetta/);
    for (const expected of ['nothing was sent', 'VS Code runs under Rosetta', 'backend "native" does not exist']) {
      assert.ok(body.includes(expected), `the body holds "${expected}"`);
    }
    assert.doesNotMatch(body, /\/Users\/[^~]/, 'home folders are redacted');
    // The panel says what happened.
    await s.ui.webviewText('opened in your browser');
    await page.close();
  });

  it('Export Machine Snapshot… writes a new dated folder with the launch configuration in effect, summary read-only beside the panel', async () => {
    const s = session.get();
    await s.ui.command('Go: Export Machine Snapshot for a Bug Report (LLDB Doctor)…', { opensPicker: true });
    // The save dialog (VS Code's own, in the browser) offers a new dated folder: accepting it as offered works.
    const input = s.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    // The dialog fills in the folder first, then the name it was given.
    const named = /go-lldb-doctor-snapshot-\d{8}-\d{4}$/;
    for (let i = 0; i < 75 && !named.test(await input.inputValue()); i++) await s.page.waitForTimeout(200);
    assert.match(await input.inputValue(), named);
    await s.page.keyboard.press('Enter');
    const toast = await s.ui.notification('Snapshot written to', 60_000);
    const dir = /Snapshot written to (.+)\.$/.exec((await toast.innerText()).split('\n').find((l) => l.includes('Snapshot written to')) ?? '')?.[1] ?? '';
    assert.ok(existsSync(path.join(dir, 'machine.json')), `machine.json in ${dir}`);
    const machine = JSON.parse(readFileSync(path.join(dir, 'machine.json'), 'utf8'));
    assert.equal(machine.vscode?.launchConfigName, 'Debug (from the blog)', 'the workspace configuration the diagnosis used, not the snapshot\'s recorded one');
    // The summary: a read-only tab (not Untitled, not dirty) in the group beside the panel, no third column.
    const tab = s.page.locator('.tabs-container .tab', { hasText: /go-lldb-doctor-snapshot-.*\.md/ }).first();
    await tab.waitFor({ timeout: 30_000 });
    assert.doesNotMatch((await tab.getAttribute('class')) ?? '', /dirty/);
    assert.equal(await s.page.locator('.editor-group-container').count(), 2, 'two editor groups: the editor and the panel');
    const editorText = await s.page.locator('.editor-group-container.active .view-lines').first().innerText();
    assert.match(editorText, /#\sMachine\ssnapshot/);
    // The summary names the configuration (it said "(none)" before): Ctrl+F finds it in the text.
    await s.page.keyboard.press('Control+f');
    await s.page.keyboard.type('Debug (from the blog)');
    const count = s.page.locator('.editor-group-container.active .find-widget .matchesCount');
    await count.filter({ hasText: /of/ }).waitFor({ timeout: 15_000 });
    assert.doesNotMatch(await count.innerText(), /No results/);
    await s.page.keyboard.press('Escape');
    rmSync(dir, { recursive: true, force: true });
  });
});
