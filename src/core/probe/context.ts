/**
 * What every probe gets: the host, the cache, the trust decision and the command budget. Commands go through
 * `run` so that results are cached and the probing stays within the allowed list of SNAPSHOT.md §1.
 */
import { readMachO } from '../macho';
import type { CommandResult, Host } from '../host/types';
import { isUnknownResult } from '../host/replay';
import type { BinaryInfo } from './machine';
import type { DiagnosisCache } from './cache';

export interface ProbeContext {
  host: Host;
  cache: DiagnosisCache;
  trusted: boolean;
  timeoutMs: number;
  notes: string[];
  /** Commands not run because a value of the untrusted workspace decided their binary (see ./trust.ts). */
  skipped: string[];
}

export async function run(ctx: ProbeContext, argv: string[]): Promise<CommandResult> {
  return ctx.cache.command(ctx.host, argv, () => ctx.host.run(argv, { timeoutMs: ctx.timeoutMs }));
}

/** stdout of a command that exited 0, or undefined (not run, not recorded, failed). */
export async function output(ctx: ProbeContext, argv: string[]): Promise<string | undefined> {
  const r = await run(ctx, argv);
  return r.exitCode === 0 ? (r.stdout ?? '') : undefined;
}

export function unknownResult(r: CommandResult): boolean {
  return isUnknownResult(r);
}

export function exists(ctx: ProbeContext, p: string): boolean {
  return ctx.host.stat(p).ok;
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
