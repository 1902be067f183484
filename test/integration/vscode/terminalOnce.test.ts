/**
 * Open in Terminal types the command once (issue 19 item 14): through the one terminal writer (fixes/applyFix.ts
 * `applyPlan`), the terminal's process receives the command's text exactly once, without a newline (typed, never
 * run). The terminal's shell is a recorder: the default profile runs `cat` on a raw tty into a file, so every byte
 * the terminal sends is kept as it arrived. The machine is this one (live): its report's commands are for here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, CONFIG_WAIT_MS, sleep, until } from './helpers';

const PROFILE = 'gld-recorder';

describe('Open in Terminal', function () {
  this.timeout(90_000);
  let dir = '';
  const terminal = () => vscode.workspace.getConfiguration('terminal.integrated');
  const setProfile = async (profiles: unknown, name: string | undefined): Promise<void> => {
    await terminal().update('profiles.linux', profiles, vscode.ConfigurationTarget.Global);
    await terminal().update('defaultProfile.linux', name, vscode.ConfigurationTarget.Global);
    // The User value itself (removed: no value; `get` would give the default, which is not undefined).
    await until('VS Code to apply the terminal profile', () => terminal().inspect('defaultProfile.linux')?.globalValue === name, CONFIG_WAIT_MS);
  };

  before(async function () {
    if (process.platform !== 'linux') this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-terminal-'));
    // Raw mode: `cat` gets each byte as it is sent (a cooked tty would hold a line without its newline), no echo.
    const recorder = { path: '/bin/sh', args: ['-c', 'stty raw -echo && exec cat > "$0"', path.join(dir, 'received')] };
    await setProfile({ [PROFILE]: recorder }, PROFILE);
  });

  after(async () => {
    for (const t of vscode.window.terminals) if (t.name.includes('LLDB Doctor')) t.dispose();
    await setProfile(undefined, undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('types the command into the terminal exactly once', async () => {
    const a = await api();
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    const report = a.lastReport();
    assert.equal(report?.host.platform, process.platform);
    const command = report.components.map((c) => c.command).find((c): c is string => typeof c === 'string' && c.length > 0);
    assert.ok(command, `a component with a command: ${JSON.stringify(report.components.map((c) => c.id))}`);

    const before = vscode.window.terminals.length;
    await a.panelPost({ type: 'openTerminal', command });
    assert.equal(vscode.window.terminals.length, before + 1, 'one terminal opened');
    const file = path.join(dir, 'received');
    const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    await until('the terminal to receive the command', () => read().length >= command.length, 20_000).catch((e: Error) => {
      throw new Error(`${e.message}; received ${JSON.stringify(read())}`);
    });
    // The writer has returned (panelPost resolved after it typed): nothing more may come. A second copy would
    // arrive within this bound, as the first did.
    await sleep(1000);
    assert.equal(read(), command);
  });
});
