// `npm run demo`: the main job in one command. On a Mac it diagnoses this machine; elsewhere it replays a bundled
// demo snapshot (a recorded Apple Silicon Mac whose VS Code runs under Rosetta), so the report can be seen anywhere.
// A demo that finds the problems it is meant to show succeeds: exit 2 (could not run) is the only failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist', 'cli.js');
const extra = process.argv.slice(2);
let args = extra;
if (process.platform !== 'darwin' && !extra.includes('--snapshot')) {
  const snapshot = path.join('examples', 'snapshots', 'rosetta-vscode');
  console.log(`This is not a Mac (${process.platform}/${process.arch}): diagnosing the demo snapshot ${snapshot}.`);
  console.log('Other demo machines: ls examples/snapshots (healthy-apple-silicon, go-amd64-apple-silicon, …).\n');
  args = ['--snapshot', path.join(repo, snapshot), ...extra];
}
const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
process.exitCode = result.status === 2 || result.status === null ? 2 : 0;
