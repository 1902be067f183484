/**
 * What a command leaves running when it escapes its process group (a `setsid` or a daemonising child), found and
 * killed without privileges on Linux. Two marks, both read in /proc:
 * - every command runs with RUN_TAG=<a tag unique to that run> in its environment, which its descendants inherit
 *   across fork, exec, setsid and reparenting to init: /proc/<pid>/environ of each of our processes is read for it;
 * - while the command itself still runs (timeout, output cap), its descendants by parent pid (/proc/<pid>/stat),
 *   which also finds one that replaced its environment, as long as its parent was alive at the walk.
 * Honest limits: a descendant that both replaced its environment (`env -i`, execve with a new env) and was
 * reparented to init before the walk cannot be told from any other process and is not found; one that changed its
 * user (a setuid binary) has an environ we may not read; macOS has no /proc, so there only the group is killed.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';

export const RUN_TAG = 'GO_LLDB_DOCTOR_RUN';

/** Rounds of scan-and-kill: a process that forked between a scan and its kill is found in the next round. */
const ROUNDS = 4;

export function newRunTag(): string {
  return `${process.pid}-${randomBytes(8).toString('hex')}`;
}

function pids(): number[] {
  try {
    return fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
  } catch {
    return []; // no /proc (macOS): nothing more than the group kill
  }
}

function read(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined; // ended meanwhile, or another user's (EACCES)
  }
}

/** Processes whose environment holds RUN_TAG=tag (a zombie's environ reads empty: it is already dead). */
function taggedPids(tag: string): number[] {
  const needle = Buffer.from(`\0${RUN_TAG}=${tag}\0`);
  return pids().filter((pid) => {
    if (pid === process.pid) return false;
    const env = read(`/proc/${pid}/environ`);
    return !!env && Buffer.concat([Buffer.from('\0'), env, Buffer.from('\0')]).includes(needle);
  });
}

/** The living descendants of `root` by parent pid (not `root` itself). */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const stat = read(`/proc/${pid}/stat`)?.toString('latin1');
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()!) ?? []) {
      if (out.includes(c)) continue;
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // ESRCH: already gone
  }
}

/** Kills `also` (found earlier) and every process carrying the run's tag; returns how many pids were signalled. */
export function reap(tag: string, also: number[] = []): number {
  const killed = new Set<number>();
  let next = also;
  for (let round = 0; ; round++) {
    next.forEach((pid) => {
      kill(pid);
      killed.add(pid);
    });
    if (round === ROUNDS) break;
    next = taggedPids(tag).filter((pid) => !killed.has(pid));
    if (next.length === 0) break;
  }
  return killed.size;
}
