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
    await s.ui.command('Go: Test Debugging (LLDB Doctor)');
    const progress = await s.ui.notification('Testing debugging', 60_000);
    assert.match(await progress.innerText(), /Testing debugging: /);
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
