// Process helpers: a free loopback port, and ending a whole process group (code-server spawns children).
import net from 'node:net';

/** @returns {Promise<number>} a TCP port free on 127.0.0.1 right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Process groups started by this harness and not ended yet (ended again on exit and on signals). */
const live = new Set();

/** @param {import('node:child_process').ChildProcess} child spawned with `detached: true` */
export function trackGroup(child) {
  live.add(child);
}

export async function killAllGroups() {
  await Promise.all([...live].map((c) => killGroup(c)));
}

/**
 * Ends the process group led by `child` (spawned with `detached: true`): SIGTERM, then SIGKILL after `graceMs`.
 * @param {import('node:child_process').ChildProcess} child
 */
export async function killGroup(child, graceMs = 3000) {
  live.delete(child);
  if (child.pid === undefined) return;
  const pgid = child.pid;
  if (!signalGroup(pgid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pgid)) await sleep(100);
  signalGroup(pgid, 'SIGKILL');
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone already
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
