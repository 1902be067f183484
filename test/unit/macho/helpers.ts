/** Test helpers for the Mach-O reader: fixture paths, a recording in-memory ByteSource, LLVM tool lookup. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { ByteSource } from '../../../src/core/macho';

export const REPO = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(REPO, 'test/fixtures/macho');
export const BIN = path.join(FIXTURES, 'bin');
export const DAMAGED = path.join(FIXTURES, 'damaged');

export interface DamageCase {
  file: string;
  from: string;
  format: string;
  expect: string[];
  slices: number;
}

export function damageManifest(): DamageCase[] {
  return JSON.parse(fs.readFileSync(path.join(DAMAGED, 'manifest.json'), 'utf8')) as DamageCase[];
}

/** Valid Mach-O fixtures (relative to bin/). */
export const VALID_MACHO = [
  'hello-x86_64', 'hello-x86_64h', 'hello-arm64', 'hello-arm64e', 'hello-universal', 'hello-universal-fat64',
  'hello-4arch', 'hello-x86_64-macos10.12', 'llvm-i386.o', 'llvm-armv7.o', 'llvm-ppc-bigendian.o', 'libLLVM.dylib',
  'liblldb.dylib', 'liblldb-arm64.dylib', 'liblldb-x86_64.dylib', 'liblldb-arm64e.dylib', 'libdeps-arm64.dylib',
  'liblazy-x86_64.dylib', 'debugserver', 'debugserver-x86_64', 'debugserver-arm64', 'debugserver-arm64e',
  'LLDB.framework/Versions/A/LLDB', 'dlv-arm64', 'dlv-amd64', 'go-hello-arm64',
];

export interface Read {
  offset: number;
  length: number;
}

/**
 * An in-memory ByteSource over `base` that records every read, with optional byte patches laid over it (so a
 * mutated 1 MB file costs no copy) and an optional shorter size. Reads outside [0, size) are recorded and fail.
 */
export class RecordingSource implements ByteSource {
  readonly reads: Read[] = [];
  outside = 0;
  readonly size: number;
  constructor(
    private readonly base: Uint8Array,
    size: number = base.length,
    private readonly patches: Map<number, number> = new Map(),
  ) {
    this.size = Math.min(size, base.length);
  }

  read(offset: number, length: number): Uint8Array | Error {
    this.reads.push({ offset, length });
    if (offset < 0 || length < 0 || offset + length > this.size || !Number.isInteger(offset)) {
      this.outside++;
      return new Error('read outside the file');
    }
    const out = this.base.slice(offset, offset + length);
    for (const [at, v] of this.patches) if (at >= offset && at < offset + length) out[at - offset] = v;
    return out;
  }

  get total(): number {
    return this.reads.reduce((n, r) => n + r.length, 0);
  }
}

export function loadFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(BIN, name)));
}

/** First working binary among the candidates (PATH names or absolute paths), or undefined. */
export function findTool(candidates: string[], probe: string[] = ['--version']): string | undefined {
  for (const c of candidates) {
    const r = spawnSync(c, probe, { encoding: 'utf8', timeout: 10000 });
    if (r.status === 0) return c;
  }
  return undefined;
}

export function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', timeout: 30000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
