/**
 * Test-side tools for running Debian's arm64 Delve under qemu-aarch64 from this extension host.
 *
 * qemu-user 7.2 (Debian bookworm) sometimes deadlocks the child of a guest fork: the forked copy of dlv blocks on
 * a host mutex inside qemu (gdb: do_syscall → pthread_mutex_lock) before it reaches exec, and dlv waits for it
 * forever. Measured here with a plain DAP client (no VS Code): about 1 launch in 10 when dlv runs `go build`
 * (two forks), about 1 in 30 for `mode: exec` (one fork), more often when the machine is loaded. It is a bug of
 * the emulator, not of Delve or of the extension, so the test detects that exact state (a forked copy of dlv, its
 * parent our dlv, still not exec'd after STUCK_MS) and starts F5 again; any other failure fails the test.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';

/** A child of dlv that has not exec'd after this long is stuck (fork to exec takes milliseconds). */
const STUCK_MS = 15_000;

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return { pid, ppid, cmdline };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = readProc(Number(name));
    if (p) out.push(p);
  }
  return out;
}

/** The emulated dlv processes this extension host started (via the fixture) and their not-yet-exec'd copies. */
function ourDlvs(dlvPath: string): { dlvs: number[]; forks: number[] } {
  const procs = allProcs();
  const isDlv = (p: Proc) => p.cmdline.split('\0').includes(dlvPath);
  const dlvs = procs.filter((p) => p.ppid === process.pid && isDlv(p)).map((p) => p.pid);
  const forks = procs.filter((p) => dlvs.includes(p.ppid) && isDlv(p)).map((p) => p.pid);
  return { dlvs, forks };
}

/** Watches our dlv's forked copies; `stuck()` names one that has stayed a copy for STUCK_MS. */
export class ForkWatch {
  private readonly seen = new Map<number, number>();
  constructor(private readonly dlvPath: string) {}

  stuck(): number | undefined {
    const now = Date.now();
    const { forks } = ourDlvs(this.dlvPath);
    for (const pid of [...this.seen.keys()]) if (!forks.includes(pid)) this.seen.delete(pid);
    for (const pid of forks) if (!this.seen.has(pid)) this.seen.set(pid, now);
    return forks.find((pid) => now - (this.seen.get(pid) ?? now) >= STUCK_MS);
  }
}

/** SIGKILL for our emulated dlv processes and their copies (a deadlocked copy ignores SIGTERM). */
export function killOurDlvs(dlvPath: string): number[] {
  const { dlvs, forks } = ourDlvs(dlvPath);
  const killed: number[] = [];
  for (const pid of [...forks, ...dlvs]) {
    try {
      process.kill(pid, 'SIGKILL');
      killed.push(pid);
    } catch {
      // already gone
    }
  }
  return killed;
}

/** Runs a command without a shell, bounded; rejects with what ran, how long it was given, and its output. */
export function runBounded(file: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (!err) return resolve();
      const why = err.killed ? `did not finish within ${opts.timeoutMs} ms` : err.message;
      reject(new Error(`${file} ${args.join(' ')}: ${why}\n${stdout}${stderr}`));
    });
  });
}
