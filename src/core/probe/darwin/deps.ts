/**
 * Dependencies of a binary, walked recursively as dyld would: `@rpath` through the LC_RPATHs of the loader chain,
 * `@loader_path`, `@executable_path`, symlinks, cycles. Each found dependency's slices are checked against the
 * arch of the process that loads it. `/usr/lib` and `/System/Library` libraries live in the dyld shared cache on
 * macOS 11 and later: absent on disk there is normal, not missing (GROUND_TRUTH §5).
 */
import type { BinaryInfo, DepNode } from '../machine';
import { type ProbeContext, dirname, joinPath, readBinary } from '../context';
import { sliceFor } from '../../arch/slices';

const MAX_NODES = 400;
const MAX_DEPTH = 12;

interface Frame {
  bin: BinaryInfo;
  /** Expanded rpaths of the loaders above, outermost first. */
  rpaths: string[];
  depth: number;
}

export interface WalkOptions {
  /** The main executable of the process (for @executable_path); undefined when it is not known. */
  executable?: string;
  osVersion?: string;
}

export function walkDeps(ctx: ProbeContext, root: BinaryInfo, loadArch: string, opts: WalkOptions = {}): DepNode[] {
  const out: DepNode[] = [];
  const visited = new Set<string>([root.realPath ?? root.path]);
  const stack: Frame[] = [{ bin: root, rpaths: [], depth: 1 }];
  while (stack.length > 0 && out.length < MAX_NODES) {
    const frame = stack.pop() as Frame;
    const loaderPath = frame.bin.realPath ?? frame.bin.path;
    const arch = sliceFor(frame.bin.archs, loadArch);
    const slice = frame.bin.file.slices.find((s) => s.arch === arch);
    if (!slice) continue;
    const own = (slice.rpaths ?? []).map((r) => expand(r, loaderPath, opts.executable)).filter((r): r is string => r !== undefined);
    const rpaths = [...frame.rpaths, ...own];
    for (const name of slice.dylibs ?? []) {
      const node = resolveDep(ctx, name, loaderPath, rpaths, loadArch, frame.depth, opts);
      const key = node.resolved;
      if (key && visited.has(key)) continue;
      if (key) visited.add(key);
      out.push(node);
      if (node.status === 'ok' && key && frame.depth < MAX_DEPTH) {
        const bin = readBinary(ctx, key);
        if (bin) stack.push({ bin, rpaths, depth: frame.depth + 1 });
      }
    }
  }
  return out;
}

function expand(p: string, loaderPath: string, executable: string | undefined): string | undefined {
  if (p.startsWith('@loader_path')) return joinPath(dirname(loaderPath), p.slice('@loader_path'.length));
  if (p.startsWith('@executable_path')) return executable ? joinPath(dirname(executable), p.slice('@executable_path'.length)) : undefined;
  return p.startsWith('/') ? p : undefined;
}

function candidatesOf(name: string, loaderPath: string, rpaths: string[], executable: string | undefined): string[] | undefined {
  if (name.startsWith('@rpath/')) return rpaths.map((r) => joinPath(r, name.slice('@rpath/'.length)));
  const one = expand(name, loaderPath, executable);
  return one === undefined ? undefined : [one];
}

function inSharedCache(p: string): boolean {
  return p.startsWith('/usr/lib/') || p.startsWith('/System/Library/');
}

function sharedCacheEra(osVersion: string | undefined): boolean {
  const major = Number((osVersion ?? '').split('.')[0]);
  return !osVersion || !Number.isFinite(major) || major >= 11;
}

function resolveDep(ctx: ProbeContext, name: string, loader: string, rpaths: string[], loadArch: string, depth: number, opts: WalkOptions): DepNode {
  const node: DepNode = { name, loader, status: 'missing', loadArch, depth };
  const tried = candidatesOf(name, loader, rpaths, opts.executable);
  if (tried === undefined) return { ...node, status: 'unknown' };
  node.tried = tried;
  for (const p of tried) {
    const bin = readBinary(ctx, p);
    if (!bin) continue;
    node.resolved = bin.realPath ?? p;
    node.archs = bin.archs;
    node.status = sliceFor(bin.archs, loadArch) ? 'ok' : 'arch';
    return node;
  }
  if (tried.length > 0 && tried.every(inSharedCache) && sharedCacheEra(opts.osVersion)) return { ...node, status: 'shared-cache' };
  return node;
}
