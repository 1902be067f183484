/**
 * Recording the reads of one ByteSource: wrap it, let the reader run, then take the extents it read (merged, at
 * their original offsets). Only test/unit/macho/recording.test.ts uses it, so it lives here (capture records through
 * the Host: src/core/capture/recorder.ts). `extentSource` serves such extents back and fails with "not captured"
 * outside them (never zeros), so replaying a fresh capture reads exactly the same bytes.
 */
import type { ByteSource } from '../../../src/core/macho/types';
import { mergeExtents as mergeRuns } from '../../../src/core/snapfile/sparse';

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

/**
 * Sorted, non-overlapping extents (later reads of the same bytes agree with earlier ones), by the snapshot file
 * format's one O(n log n) merge.
 */
function mergeExtents(list: Extent[]): Extent[] {
  return mergeRuns(list.map((e) => ({ start: e.offset, bytes: e.bytes }))).map((e) => ({ offset: e.start, bytes: e.bytes }));
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
