/**
 * The one process runner. An argv array (never a shell string); a bare name runs only if it is one of the system
 * commands below, by its absolute path (never looked up on a PATH, which may hold an empty entry meaning the
 * current folder); working directory `/` (never the workspace, whose go.mod could pick a toolchain); stdin closed;
 * stdout and stderr capped. The command runs as the leader of its own process group, and that whole group is
 * killed when the leader exits, when the timeout passes or when the output passes its cap: a `go` wrapper that
 * leaves a background child behind leaves nothing running after the diagnosis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { CommandResult } from '../host/types';

/** The system commands the probes may run by name (SNAPSHOT.md §1), and where they live on macOS. */
export const SYSTEM_COMMANDS: Readonly<Record<string, string>> = {
  sysctl: '/usr/sbin/sysctl',
  uname: '/usr/bin/uname',
  sw_vers: '/usr/bin/sw_vers',
  'xcode-select': '/usr/bin/xcode-select',
  DevToolsSecurity: '/usr/sbin/DevToolsSecurity',
  id: '/usr/bin/id',
};

export const MAX_OUTPUT_BYTES = 4 << 20;

export interface ProcessOptions {
  env: Record<string, string>;
  timeoutMs: number;
  /** Cap of stdout and of stderr each; past it the command is killed and reported as ENOBUFS. */
  maxOutput?: number;
}

/** Maps a spawn failure to the error names of SNAPSHOT.md §1. */
export function spawnErrorName(code: unknown, errno: unknown): string {
  if (errno === -86 || code === 'EBADARCH' || (typeof code === 'string' && code.includes('-86'))) return 'EBADARCH';
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  if (typeof errno === 'number') return `ERRNO${errno}`;
  return 'ESPAWN';
}

/** The absolute program a request runs, or undefined (a bare name not in SYSTEM_COMMANDS, a relative path). */
export function programOf(argv0: string): string | undefined {
  if (argv0.startsWith('/')) return argv0;
  return Object.prototype.hasOwnProperty.call(SYSTEM_COMMANDS, argv0) ? SYSTEM_COMMANDS[argv0] : undefined;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

class Capped {
  private chunks: Buffer[] = [];
  private size = 0;
  overflow = false;
  constructor(private readonly max: number) {}
  push(b: Buffer): boolean {
    if (this.size + b.length > this.max) {
      this.overflow = true;
      return false;
    }
    this.chunks.push(b);
    this.size += b.length;
    return true;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export function runProcess(argv: string[], opts: ProcessOptions): Promise<CommandResult> {
  const file = programOf(argv[0] ?? '');
  if (!file) return Promise.resolve({ argv, error: 'ENOENT' });
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(file, argv.slice(1), { cwd: '/', env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true, shell: false });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      resolve({ argv, error: spawnErrorName(err.code, err.errno) });
      return;
    }
    supervise(child, argv, opts, resolve);
  });
}

function supervise(child: ChildProcess, argv: string[], opts: ProcessOptions, resolve: (r: CommandResult) => void): void {
  const out = new Capped(opts.maxOutput ?? MAX_OUTPUT_BYTES);
  const err = new Capped(opts.maxOutput ?? MAX_OUTPUT_BYTES);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let timedOut = false;
  let settled = false;
  const finish = (r: CommandResult): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    killGroup(child);
    child.stdout?.destroy();
    child.stderr?.destroy();
    resolve(r);
  };
  const result = (): CommandResult => {
    if (timedOut) return { argv, error: 'ETIMEDOUT' };
    if (out.overflow || err.overflow) return { argv, error: 'ENOBUFS' };
    const r: CommandResult = { argv, stdout: out.text(), stderr: err.text() };
    if (exit?.code !== null && exit?.code !== undefined) r.exitCode = exit.code;
    if (exit?.signal) r.signal = exit.signal;
    return r;
  };
  const timer = setTimeout(() => {
    // Past the timeout: a leader still running timed out; a leader that exited while a child outside its
    // group still holds the pipes gets the output read so far.
    if (!exit) timedOut = true;
    finish(result());
  }, opts.timeoutMs);
  child.stdout?.on('data', (b: Buffer) => out.push(b) || finish(result()));
  child.stderr?.on('data', (b: Buffer) => err.push(b) || finish(result()));
  child.on('error', (e: NodeJS.ErrnoException) => finish({ argv, error: spawnErrorName(e.code, e.errno) }));
  child.on('exit', (code, signal) => {
    exit = { code, signal };
    // The leader is gone: whatever it left in its group (a background child holding the pipes) goes too.
    killGroup(child);
  });
  child.on('close', () => finish(result()));
}
