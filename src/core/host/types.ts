/**
 * Everything the probes need from outside: the file system, a few commands, the environment and the process.
 * Two implementations: live (Node) and snapshot replay (SNAPSHOT.md §1). Nothing here throws for an expected
 * condition (missing file, command not found, timeout): those are values.
 */
import type { ByteSource } from '../macho/types';
import type { ProbeTextKind } from '../io/read';
import type { CommandResult } from '../io/run';

/** What a command gave back; defined by the process runner, re-exported for the probes. */
export type { CommandResult };

export interface FileStat {
  kind: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  /** Permission bits (mode & 0o7777). */
  mode: number;
  mtimeMs: number;
  ino: number;
}

/** An OS-style error code: ENOENT, EACCES, EISDIR, ELOOP, ENOTDIR, … */
type FsErrorCode = string;

export type FsResult<T> = { ok: true; value: T } | { ok: false; code: FsErrorCode; message: string };

export interface RunOptions {
  /** Milliseconds; the command is killed past it and reported as ETIMEDOUT. */
  timeoutMs?: number;
  /** Extra environment on top of the host's env. */
  env?: Record<string, string>;
}

export interface Host {
  readonly platform: string;
  /** Node's process.arch of the probing process. */
  readonly processArch: string;
  readonly execPath?: string;
  readonly env: Readonly<Record<string, string>>;
  /** Working directory for commands (the workspace folder). */
  readonly cwd?: string;

  stat(path: string): FsResult<FileStat>;
  lstat(path: string): FsResult<FileStat>;
  readlink(path: string): FsResult<string>;
  realpath(path: string): FsResult<string>;
  readdir(path: string): FsResult<string[]>;
  /** Whether the file is executable by the current user (mode bits in a snapshot). */
  isExecutable(path: string): boolean;
  /** Opens a bounded random-access reader; the caller closes it. */
  open(path: string): FsResult<ByteSource & { close(): void }>;
  /**
   * Reads a whole small text file (an envFile, go.mod, devcontainer.json), regular files only, refused past the cap
   * of its kind. The kind also tells a snapshot capture what it may keep of the file (src/core/capture/kept.ts).
   */
  readText(path: string, kind: ProbeTextKind): FsResult<string>;
  run(argv: string[], options?: RunOptions): Promise<CommandResult>;
}
