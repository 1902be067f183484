/**
 * The live Host: Node's fs and `execa` (argv arrays, no shell, a timeout on every command). A command that cannot
 * start is a result (`error: 'ENOENT'`, `'EACCES'`, `'EBADARCH'` for errno -86 "Bad CPU type in executable"),
 * never a throw.
 */
import * as fs from 'node:fs';
import type { CommandResult, Host, RunOptions } from './types';
import { nodeStat, openNodeFile, readTextNode, tryFs } from './fsNode';

const DEFAULT_TIMEOUT_MS = 2000;

export interface LiveHostOptions {
  cwd?: string;
  env?: Record<string, string>;
}

type ExecaModule = typeof import('execa', { with: { 'resolution-mode': 'import' } });
let execaModule: Promise<ExecaModule> | undefined;
function loadExeca(): Promise<ExecaModule> {
  execaModule ??= import('execa');
  return execaModule;
}

/** Maps a spawn failure to the error names of SNAPSHOT.md §1. */
export function spawnErrorName(code: unknown, errno: unknown): string {
  if (errno === -86 || code === 'EBADARCH' || (typeof code === 'string' && code.includes('-86'))) return 'EBADARCH';
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  if (typeof errno === 'number') return `ERRNO${errno}`;
  return 'ESPAWN';
}

/** This process's environment without unset entries (the env commands run with). */
export function currentEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return env;
}

export function liveHost(opts: LiveHostOptions = {}): Host {
  const env = opts.env ?? currentEnv();
  const cwd = opts.cwd;
  return {
    platform: process.platform,
    processArch: process.arch,
    execPath: process.execPath,
    env,
    cwd,
    stat: (p) => nodeStat(p, true),
    lstat: (p) => nodeStat(p, false),
    readlink: (p) => tryFs(() => fs.readlinkSync(p)),
    realpath: (p) => tryFs(() => fs.realpathSync.native(p)),
    readdir: (p) => tryFs(() => fs.readdirSync(p)),
    isExecutable(p) {
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
    open: (p) => openNodeFile(p),
    readText: (p, maxBytes) => readTextNode(p, maxBytes),
    run: (argv, options) => runCommand(argv, env, cwd, options),
  };
}

async function runCommand(argv: string[], env: Record<string, string>, cwd: string | undefined, options: RunOptions = {}): Promise<CommandResult> {
  const [file, ...args] = argv;
  if (!file) return { argv, error: 'ENOENT' };
  const { execa } = await loadExeca();
  const r = await execa(file, args, {
    reject: false,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    env: { ...env, ...options.env },
    extendEnv: false,
    cwd: cwd && fs.existsSync(cwd) ? cwd : undefined,
    stdin: 'ignore',
    stripFinalNewline: false,
    maxBuffer: 4 << 20,
    shell: false,
  });
  if (r.timedOut) return { argv, error: 'ETIMEDOUT' };
  const err = r as unknown as { code?: unknown; errno?: unknown; exitCode?: number; signal?: string };
  if (r.failed && r.exitCode === undefined && !r.signal) return { argv, error: spawnErrorName(err.code, err.errno) };
  const result: CommandResult = { argv, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  if (r.exitCode !== undefined) result.exitCode = r.exitCode;
  if (r.signal) result.signal = r.signal;
  return result;
}
