/**
 * The one process runner. An argv array (never a shell string); a bare name runs only if it is one of the system
 * commands below, by its absolute path (never looked up on a PATH, which may hold an empty entry meaning the
 * current folder); working directory `/` (never the workspace, whose go.mod could pick a toolchain); stdin closed;
 * stdout and stderr capped. The command runs as the leader of its own process group, and that whole group is
 * killed when the leader exits, when the timeout passes or when the output passes its cap: a `go` wrapper that
 * leaves a background child behind leaves nothing running after the diagnosis. A child that left the group
 * (`setsid`) is found by the run's tag in its environment or, while the leader lives, by parent pid (reap.ts, on
 * Linux) and killed too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { descendantsOf, newRunTag, reap, RUN_TAG } from './reap';

/** The system commands the probes may run by name (SNAPSHOT.md §1), and where they live on macOS. */
const SYSTEM_COMMANDS = {
  sysctl: '/usr/sbin/sysctl',
  uname: '/usr/bin/uname',
  sw_vers: '/usr/bin/sw_vers',
  'xcode-select': '/usr/bin/xcode-select',
  DevToolsSecurity: '/usr/sbin/DevToolsSecurity',
  id: '/usr/bin/id',
} as const;

/** A system command by name (the probes' runner takes these and ExecPaths, see probe/runner.ts). */
export type SystemCommand = keyof typeof SYSTEM_COMMANDS;

/** What a command gave back (SNAPSHOT.md §1 `commands[]`): its output, or the error that stopped it. */
export interface CommandResult {
  argv: string[];
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  /** Set when the command could not start or finish: ENOENT, EACCES, EBADARCH, ETIMEDOUT, ENOREPLAY. */
  error?: string;
  signal?: string;
}

const MAX_OUTPUT_BYTES = 4 << 20;
/** How long a killed spawned command's pipes may take to close (a SIGKILLed group closes them at once). */
const CLOSE_MS = 2000;

export interface ProcessOptions {
  env: Record<string, string>;
  timeoutMs: number;
  /** Cap of stdout and of stderr each; past it the command is killed and reported as ENOBUFS. */
  maxOutput?: number;
}

/**
 * Maps a spawn failure to the error names of SNAPSHOT.md §1.
 * @internal exported for its unit test: errno -86 (EBADARCH) is macOS's, no spawn on Linux produces it (test/unit/host/liveHost.test.ts).
 */
export function spawnErrorName(code: unknown, errno: unknown): string {
  if (errno === -86 || code === 'EBADARCH' || (typeof code === 'string' && code.includes('-86'))) return 'EBADARCH';
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  if (typeof errno === 'number') return `ERRNO${errno}`;
  return 'ESPAWN';
}

/** The absolute program a request runs, or undefined (a bare name not in SYSTEM_COMMANDS, a relative path). */
function programOf(argv0: string): string | undefined {
  if (argv0.startsWith('/')) return argv0;
  return Object.prototype.hasOwnProperty.call(SYSTEM_COMMANDS, argv0) ? SYSTEM_COMMANDS[argv0 as SystemCommand] : undefined;
}

/**
 * Kills the command's process group and what escaped it. While the leader lives its descendants are listed first
 * (a child that replaced its environment is found only this way); after that, the run's tag finds the rest.
 */
function killAll(child: ChildProcess, tag: string, leaderAlive: boolean): number {
  if (child.pid === undefined) return 0;
  // Before Node's 'exit' event the leader is running or a zombie not yet waited for: its pid is not reused.
  const tree = leaderAlive ? descendantsOf(child.pid) : [];
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
  return reap(tag, tree);
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
  const tag = newRunTag();
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      const env = { ...opts.env, [RUN_TAG]: tag };
      child = spawn(file, argv.slice(1), { cwd: '/', env, stdio: ['ignore', 'pipe', 'pipe'], detached: true, shell: false });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      resolve({ argv, error: spawnErrorName(err.code, err.errno) });
      return;
    }
    supervise(child, tag, argv, opts, resolve);
  });
}

function supervise(child: ChildProcess, tag: string, argv: string[], opts: ProcessOptions, resolve: (r: CommandResult) => void): void {
  const out = new Capped(opts.maxOutput ?? MAX_OUTPUT_BYTES);
  const err = new Capped(opts.maxOutput ?? MAX_OUTPUT_BYTES);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let timedOut = false;
  let settled = false;
  // Set when, after the leader exited, nothing carrying the run's tag was left: nothing more can appear then.
  let clean = false;
  const finish = (r: CommandResult): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    if (!clean) killAll(child, tag, !exit);
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
    // The leader is gone: whatever it left in its group (a background child holding the pipes) goes too, and
    // so does what left the group, which may hold the pipes as well.
    clean = killAll(child, tag, false) === 0;
  });
  child.on('close', () => finish(result()));
}

/** How a spawned command ended: its exit, or the error that stopped it (as in CommandResult). */
export interface SpawnExit {
  exitCode?: number;
  signal?: string;
  /** ENOENT, EACCES, EBADARCH…; ETIMEDOUT past the timeout, ENOBUFS past the output cap, EKILLED by kill(). */
  error?: string;
}

export interface SpawnOptions extends ProcessOptions {
  /** Each chunk of output as it comes (UTF-8 decoded across chunk boundaries). */
  onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
  /**
   * The working directory: a folder the caller created for this command (the self-test's temporary folder),
   * never the workspace, whose go.mod could pick a toolchain. Default `/`.
   */
  cwd?: string;
}

/** A long-running command (dlv dap): its output streams to the caller, and kill() ends it and all it started. */
export interface SpawnedProcess {
  readonly pid: number | undefined;
  /** Settles once, when the leader exited, could not start, timed out, overflowed or was killed. */
  readonly exited: Promise<SpawnExit>;
  kill(): void;
}

/**
 * runProcess for a command that keeps running while the caller talks to it. The same gate (programOf: an absolute
 * path or a listed system command), the same process group and run tag, the same kill of everything it started
 * (at its exit, at the timeout, past the output cap, or at kill()).
 */
export function spawnProcess(argv: string[], opts: SpawnOptions): SpawnedProcess {
  const file = programOf(argv[0] ?? '');
  if (!file) return { pid: undefined, exited: Promise.resolve({ error: 'ENOENT' }), kill: () => undefined };
  const tag = newRunTag();
  let child: ChildProcess;
  try {
    const env = { ...opts.env, [RUN_TAG]: tag };
    child = spawn(file, argv.slice(1), { cwd: opts.cwd ?? '/', env, stdio: ['ignore', 'pipe', 'pipe'], detached: true, shell: false });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { pid: undefined, exited: Promise.resolve({ error: spawnErrorName(err.code, err.errno) }), kill: () => undefined };
  }
  return streamed(child, tag, opts);
}

function streamed(child: ChildProcess, tag: string, opts: SpawnOptions): SpawnedProcess {
  let leaderExited = false;
  let exit: SpawnExit = {};
  /** Why it was ended here (timeout, output cap, kill()), reported instead of the signal that ended it. */
  let endedBy: string | undefined;
  let resolveExited: (e: SpawnExit) => void = () => undefined;
  const exited = new Promise<SpawnExit>((resolve) => (resolveExited = resolve));
  let done = false;
  const finish = (e: SpawnExit): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    clearTimeout(grace);
    child.stdout?.destroy();
    child.stderr?.destroy();
    resolveExited(endedBy ? { error: endedBy } : e);
  };
  let grace: NodeJS.Timeout | undefined;
  /** Kills everything now; settles once the leader was reaped (no zombie left), or after CLOSE_MS at the latest. */
  const end = (why: string): void => {
    if (done || endedBy) return;
    endedBy = why;
    killAll(child, tag, !leaderExited);
    grace = setTimeout(() => finish({}), CLOSE_MS);
  };
  const timer = setTimeout(() => end('ETIMEDOUT'), opts.timeoutMs);
  const cap = opts.maxOutput ?? MAX_OUTPUT_BYTES;
  let size = 0;
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (s: string) => {
      size += Buffer.byteLength(s);
      if (size > cap) return end('ENOBUFS');
      if (!endedBy) opts.onOutput(stream, s);
    });
  }
  child.on('error', (e: NodeJS.ErrnoException) => {
    if (child.pid === undefined) finish({ error: spawnErrorName(e.code, e.errno) });
  });
  child.on('exit', (code, signal) => {
    leaderExited = true;
    exit = { ...(code !== null ? { exitCode: code } : {}), ...(signal ? { signal } : {}) };
    // The leader is gone: what it left behind goes too, so the pipes close and its last output is read first.
    killAll(child, tag, false);
  });
  child.on('close', () => finish(exit));
  return { pid: child.pid, exited, kill: () => end('EKILLED') };
}
