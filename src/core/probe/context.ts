/**
 * What every probe gets: the host's files and environment, the cache, the trust decision and the one runner.
 * The host here has no `run`: commands go through `run` below (./runner.ts), which applies the workspace-trust
 * gate, caches results and stays within the allowed list of SNAPSHOT.md §1.
 */
import { readMachO } from '../macho';
import type { CommandResult, Host } from '../host/types';
import type { BinaryInfo } from './machine';
import type { DiagnosisCache } from './cache';
import type { SettingsByScope } from './settings';
import { gatedRunner, type ProbeRunner, type Program } from './runner';

/** The host as a probe sees it: everything but starting a process. */
type ProbeHost = Omit<Host, 'run'>;

export interface ProbeContext {
  host: ProbeHost;
  cache: DiagnosisCache;
  trusted: boolean;
  timeoutMs: number;
  notes: string[];
  /** Commands the runner refused because a value of the untrusted workspace decided their binary. */
  skipped: string[];
  runner: ProbeRunner;
}

export interface ContextInput {
  host: Host;
  cache: DiagnosisCache;
  trusted: boolean;
  timeoutMs: number;
  settingsByScope?: SettingsByScope;
}

export function probeContext(input: ContextInput): ProbeContext {
  const notes: string[] = [];
  const skipped: string[] = [];
  const runner = gatedRunner({ ...input, notes, skipped });
  return { host: input.host, cache: input.cache, trusted: input.trusted, timeoutMs: input.timeoutMs, notes, skipped, runner };
}

export async function run(ctx: ProbeContext, program: Program, args: readonly string[]): Promise<CommandResult> {
  return ctx.runner.run(program, args);
}

/** stdout of a command that exited 0, or undefined (not run, refused, not recorded, failed). */
export async function output(ctx: ProbeContext, program: Program, args: readonly string[]): Promise<string | undefined> {
  const r = await run(ctx, program, args);
  return r.exitCode === 0 ? (r.stdout ?? '') : undefined;
}

/** Reads a binary's Mach-O headers (cached by path, size, mtime and inode); undefined when it does not exist. */
export function readBinary(ctx: ProbeContext, p: string): BinaryInfo | undefined {
  const st = ctx.host.stat(p);
  if (!st.ok) return undefined;
  const rp = ctx.host.realpath(p);
  const realPath = rp.ok ? rp.value : undefined;
  const file = ctx.cache.machO(p, st.value, () => {
    const src = ctx.host.open(p);
    if (!src.ok) return { path: p, format: 'unreadable', errno: src.code, slices: [], errors: [] };
    try {
      return readMachO(src.value, p);
    } finally {
      src.value.close();
    }
  });
  const info: BinaryInfo = { path: p, file, archs: file.slices.map((s) => s.arch), executable: ctx.host.isExecutable(p) };
  if (realPath && realPath !== p) info.realPath = realPath;
  return info;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

export function joinPath(...parts: string[]): string {
  const joined = parts.filter((x) => x !== '').join('/').replace(/\/+/g, '/');
  return normalize(joined);
}

/** Lexical normalisation of an absolute path (`.` and `..` removed). */
export function normalize(p: string): string {
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return (p.startsWith('/') ? '/' : '') + out.join('/');
}

export function expandHome(p: string, home: string | undefined): string {
  if (home && (p === '~' || p.startsWith('~/'))) return home + p.slice(1);
  return p;
}
