/** A seeded mutator for Mach-O fixtures: byte and word patches aimed at the bytes the reader looks at. */
import { readMachO } from '../../../src/core/macho';
import { bufferByteSource } from './memorySource';

/** mulberry32: a small seeded PRNG (deterministic runs, reproducible failures). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Byte ranges worth mutating: file header, fat table, each slice's header and load commands, build info. */
export function hotRanges(bytes: Uint8Array): [number, number][] {
  const f = readMachO(bufferByteSource(bytes), 'x');
  const ranges: [number, number][] = [[0, Math.min(bytes.length, 64 + 32 * Math.max(1, f.slices.length))]];
  for (const s of f.slices) {
    ranges.push([s.offset, Math.min(bytes.length, s.offset + 32 + (s.sizeofcmds ?? 0))]);
  }
  const magic = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const bi = buf.indexOf(Buffer.from(magic));
  if (bi >= 0) ranges.push([bi, Math.min(bytes.length, bi + 64)]);
  return ranges.filter(([a, b]) => b > a);
}

const INTERESTING = [0, 1, 2, 7, 8, 0x18, 0x1c, 0x20, 0x48, 0xff, 0x1000, 0x4000, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff, 0xcafebabe, 0xfeedfacf, 0xcffaedfe];

export interface Mutation {
  patches: Map<number, number>;
  size: number;
}

/** 1-8 patches inside hot ranges (random bytes, interesting 32-bit words in either byte order), sometimes a cut. */
export function mutate(rand: () => number, bytes: Uint8Array, hot: [number, number][]): Mutation {
  const patches = new Map<number, number>();
  const pickOffset = () => {
    const [a, b] = hot[Math.floor(rand() * hot.length)] ?? [0, bytes.length];
    return a + Math.floor(rand() * (b - a));
  };
  const n = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) {
    const at = pickOffset();
    if (rand() < 0.5) {
      patches.set(at, Math.floor(rand() * 256));
      continue;
    }
    const word = rand() < 0.8 ? (INTERESTING[Math.floor(rand() * INTERESTING.length)] ?? 0) : Math.floor(rand() * 2 ** 32);
    const w = at & ~3;
    const le = rand() < 0.5;
    for (let k = 0; k < 4; k++) patches.set(w + k, (word >>> (8 * (le ? k : 3 - k))) & 0xff);
  }
  let size = bytes.length;
  if (rand() < 0.15) size = rand() < 0.7 ? pickOffset() : Math.floor(rand() * bytes.length);
  return { patches, size };
}
