/**
 * Capture support for snapshots (SNAPSHOT.md §1): wrap a ByteSource, let the reader run, then take the extents it
 * read (merged, at their original offsets). `extentSource` serves such extents back and fails with "not captured"
 * outside them (never zeros), so replaying a fresh capture reads exactly the same bytes.
 */
import type { ByteSource } from './types';

export interface Extent {
  offset: number;
  bytes: Uint8Array;
}

export function recordReads(src: ByteSource): { source: ByteSource; extents(): Extent[] } {
  const got: Extent[] = [];
  const source: ByteSource = {
    size: src.size,
    read(offset, length) {
      const r = src.read(offset, length);
      if (!(r instanceof Error) && r.length > 0) got.push({ offset, bytes: r.slice() });
      return r;
    },
  };
  return { source, extents: () => mergeExtents(got) };
}

/** Sorted, non-overlapping extents (later reads of the same bytes agree with earlier ones). */
export function mergeExtents(list: Extent[]): Extent[] {
  const sorted = [...list].sort((a, b) => a.offset - b.offset);
  const out: Extent[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    const lastEnd = last ? last.offset + last.bytes.length : -1;
    if (!last || e.offset > lastEnd) {
      out.push({ offset: e.offset, bytes: e.bytes });
      continue;
    }
    const end = Math.max(lastEnd, e.offset + e.bytes.length);
    const merged = new Uint8Array(end - last.offset);
    merged.set(last.bytes, 0);
    merged.set(e.bytes, e.offset - last.offset);
    out[out.length - 1] = { offset: last.offset, bytes: merged };
  }
  return out;
}

/** A file of `size` bytes of which only `extents` are known; reads elsewhere return Error('not captured'). */
export function extentSource(size: number, extents: Extent[]): ByteSource {
  const sorted = mergeExtents(extents);
  return {
    size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const e = sorted.find((x) => offset >= x.offset && offset + n <= x.offset + x.bytes.length);
      if (!e) return new Error(`not captured: ${n} bytes at ${offset}`);
      return e.bytes.subarray(offset - e.offset, offset - e.offset + n);
    },
  };
}
