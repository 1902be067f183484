import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Sets the log level of the whole host (log output channels included); test-only VS Code command. */
export async function setHostLogLevel(level: 'trace' | 'debug' | 'info' | 'warning' | 'error'): Promise<void> {
  await vscode.commands.executeCommand('_extensionTests.setLogLevel', level);
}

/** The newest `<channel>.log` below `<userDataDir>/logs`, where the extension host writes LogOutputChannels. */
function findChannelLog(userDataDir: string, channel: string): string | undefined {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return undefined;
  return fs
    .readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === `${channel}.log`)
    .map((f) => path.join(logs, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/** Polls a log channel's file until `done(text)` holds (log files are written asynchronously) or `ms` passes. */
export async function waitForChannelLog(
  userDataDir: string,
  channel: string,
  done: (text: string) => boolean,
  ms = 5_000,
): Promise<string> {
  const deadline = Date.now() + ms;
  let text = '';
  for (;;) {
    const file = findChannelLog(userDataDir, channel);
    text = file ? fs.readFileSync(file, 'utf8') : '';
    if (done(text) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}
