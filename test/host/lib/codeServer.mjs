// Starts code-server (VS Code 1.100.3 server + web workbench) for one run, in its own process group.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { hostDir } from './options.mjs';
import { freePort, killGroup, sleep, trackGroup } from './processes.mjs';

const entry = path.join(hostDir, 'node_modules/code-server/out/node/entry.js');
const START_TIMEOUT_MS = 60_000;

/**
 * @param {import('./runFolder.mjs').RunFolder} f
 * @param {import('./options.mjs').RunSpec} run
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ port: number, origin: string, child: import('node:child_process').ChildProcess, stop(): Promise<void> }>}
 */
export async function startCodeServer(f, run, env) {
  if (!existsSync(entry)) throw new Error('code-server is not installed: run test/host/install.sh');
  const port = await freePort();
  const args = [
    entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--ignore-last-opened', '--config', path.join(f.dir, 'code-server.yaml'),
    '--user-data-dir', f.userData, '--extensions-dir', f.extensions,
    ...(run.trust ? ['--disable-workspace-trust'] : []),
    f.workspace,
  ];
  const out = openSync(f.log, 'a');
  const child = spawn(process.execPath, args, { cwd: f.dir, env, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  trackGroup(child);
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => killGroup(child);
  try {
    await waitUntilHealthy(origin, child);
  } catch (err) {
    await stop();
    throw err;
  }
  return { port, origin, child, stop };
}

async function waitUntilHealthy(origin, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited during startup (code ${child.exitCode})`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${START_TIMEOUT_MS / 1000} s`);
}
