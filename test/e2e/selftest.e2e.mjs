// "Go: Test Debugging (LLDB Doctor)" in the real workbench, on this Linux machine's Debian dlv and go: the command
// runs the self-test on the workspace's configuration (backend "lldb", which Delve on Linux answers with
// `backend unavailable`), the progress notification names the stage running, and the report panel shows the
// stages as they pass, then the one that broke with Delve's own text.
import assert from 'node:assert/strict';
import { useSession } from './lib/hooks.mjs';

describe('the debugging self-test from the palette', function () {
  const session = useSession({ name: 'selftest', workspace: 'f5-lldb' });

  it('shows progress, then the stages in the panel up to the launch Delve refuses', async () => {
    const s = session.get();
    await s.ui.openFile('main.go');
    // The run can end within a few hundred ms (a fresh host: dlv answers at once), and VS Code closes the progress
    // notification with it: every toast text is recorded as the page draws it, so a short one is not missed.
    await s.page.evaluate(() => {
      const seen = (window.__gldToasts = []);
      const note = () => {
        for (const el of document.querySelectorAll('.notification-toast')) if (!seen.includes(el.textContent)) seen.push(el.textContent);
      };
      new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await s.ui.command('Go: Test Debugging (LLDB Doctor)');
    let progress;
    for (const end = Date.now() + 60_000; !progress && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      progress = (await s.page.evaluate(() => window.__gldToasts)).find((text) => text.includes('Testing debugging'));
    }
    assert.match(progress ?? '(no progress notification)', /Testing debugging: /);
    await s.shot('progress');
    const text = await s.ui.webviewText('Debugging breaks at', 180_000);
    for (const stage of ['Start dlv', 'dlv listens', 'Connect to dlv', 'Initialize the session', 'Build and launch the program']) assert.ok(text.includes(stage), `the panel lists "${stage}"`);
    assert.match(text, /DAP server listening at: 127\.0\.0\.1:\d+/);
    assert.match(text, /could not launch process: backend unavailable/);
    assert.ok(!text.includes('Set a breakpoint'), 'the run ends at the first stage that failed');
    assert.match(text, /lldb-server is not installed/, 'the finding F5 would give');
    await s.ui.notification('Debugging breaks at', 30_000);
  });
});
