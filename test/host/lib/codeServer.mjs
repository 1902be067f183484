// Starts code-server (VS Code server + web workbench; the run's host, oldest by default) for one run, in its own
// process group, on the Node that host was installed for.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { freePort, killGroup, sleep, trackGroup } from './processes.mjs';
import { vscodeHost } from './vscodeHosts.mjs';

const START_TIMEOUT_MS = 60_000;

/**
 * @param {import('./runFolder.mjs').RunFolder} f
 * @param {import('./options.mjs').RunSpec} run
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ port: number, origin: string, child: import('node:child_process').ChildProcess, stop(): Promise<void> }>}
 */
export async function startCodeServer(f, run, env) {
  const host = vscodeHost(run.vscode ?? 'oldest');
  if (host.skipped) throw new Error(`the ${host.name} code-server cannot start: ${host.skipped}`);
  const port = await freePort();
  const args = [
    host.entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--ignore-last-opened', '--config', path.join(f.dir, 'code-server.yaml'),
    '--user-data-dir', f.userData, '--extensions-dir', f.extensions,
    ...(run.trust ? ['--disable-workspace-trust'] : []),
    ...host.args,
    f.workspace,
  ];
  const out = openSync(f.log, 'a');
  const child = spawn(host.node, args, { cwd: f.dir, env, detached: true, stdio: ['ignore', out, out] });
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
