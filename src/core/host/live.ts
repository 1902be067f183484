/**
 * The live Host: core/io's bounded reader for files and its process runner for commands (argv arrays, absolute
 * paths, no shell, cwd `/`, a timeout that kills the whole process group). A command that cannot start is a
 * result (`error: 'ENOENT'`, `'EACCES'`, `'EBADARCH'` for errno -86 "Bad CPU type in executable"), never a throw.
 * `cwd` is the workspace folder the diagnosis is about; commands never run in it.
 */
import * as fs from 'node:fs';
import type { CommandResult, Host, RunOptions } from './types';
import { nodeStat, openNodeFile, readTextNode, tryFs } from './fsNode';
import { runProcess } from '../io/run';

const DEFAULT_TIMEOUT_MS = 2000;

export interface LiveHostOptions {
  cwd?: string;
  env?: Record<string, string>;
}


/** This process's environment without unset entries (the env commands run with). */
export function currentEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return env;
}

/** This process's platform and CPU, as Node names them: the one reading of `process.platform` (platforms.ts). */
export function liveProcess(): { platform: string; arch: string } {
  return { platform: process.platform, arch: process.arch };
}

export function liveHost(opts: LiveHostOptions = {}): Host {
  const env = opts.env ?? currentEnv();
  const cwd = opts.cwd;
  return {
    platform: liveProcess().platform,
    processArch: liveProcess().arch,
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
    readText: (p, limit) => readTextNode(p, limit),
    run: (argv, options) => runCommand(argv, env, options),
  };
}

function runCommand(argv: string[], env: Record<string, string>, options: RunOptions = {}): Promise<CommandResult> {
  return runProcess(argv, { env: { ...env, ...options.env }, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
}
