// F5 on a configuration real Delve refuses here (backend "lldb": no debugserver or lldb-server on Linux): the
// go-debug-fixture extension serves the `go` type with `dlv dap`, the extension reads the DAP failure and the user
// sees the diagnosis arrive: a notification, then the report panel behind its "Show Report" button.
import assert from 'node:assert/strict';
import { useSession } from './lib/hooks.mjs';

describe('F5 on a configuration Delve refuses', function () {
  const session = useSession({ name: 'f5', workspace: 'f5-lldb' });

  it('F5 → Delve fails → the diagnosis arrives as a notification and in the report panel', async () => {
    const s = session.get();
    await s.ui.openFile('main.go');
    await s.page.keyboard.press('F5');
    // VS Code shows the launch error itself (a dialog with Delve's message): dismiss it as a user would.
    // The extension's notification, and VS Code's own launch error (a modal dialog with Delve's message).
    const notification = await s.ui.notification('Go debugging failed', 120_000);
    const dialog = s.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.innerText(), /Failed to launch: could not launch process: backend unavailable/);
    await s.shot('launch-error-dialog');
    await s.page.keyboard.press('Escape'); // Cancel, as a user would
    await dialog.waitFor({ state: 'detached' });
    assert.match(await notification.innerText(), /Go debugging failed: /);
    await notification.locator('.monaco-button', { hasText: 'Show Report' }).first().click();
    const text = await s.ui.webviewText('Debugging will fail');
    assert.match(text, /backend unavailable/);
    assert.match(text, /Launch with the lldb backend/);
  });
});
