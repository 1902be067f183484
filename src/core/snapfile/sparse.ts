/**
 * `<name>.sparse.json` (SNAPSHOT.md §1): a file stored reduced to the bytes the probes read. It reads as a file
 * of `size` bytes; a read touching bytes outside the extents fails with "not captured" (never zeros).
 */
import type { ByteSource } from '../io/byteSource';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';

export const SPARSE_SUFFIX = '.sparse.json';

const BASE64 = /^[A-Z0-9+/]*={0,2}$/i;

export interface SparseJson {
  size: number;
  mode?: string;
  extents: { offset: number; base64: string }[];
}

interface Extent {
  start: number;
  bytes: Buffer;
}

export interface SparseFile {
  size: number;
  mode: number;
  extents: Extent[];
}

/** Validates and merges the extents (sorted, adjacent or overlapping ones joined). */
export function parseSparse(value: unknown): SparseFile | string {
  const v = value as Partial<SparseJson> | null;
  if (!v || typeof v !== 'object') return t(SNAP.sparseNotObject);
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) return t(SNAP.sparseSize);
  if (v.mode !== undefined && (typeof v.mode !== 'string' || !/^0?[0-7]{1,4}$/.test(v.mode))) return t(SNAP.sparseMode);
  if (!Array.isArray(v.extents)) return t(SNAP.mustBeArray, { field: '"extents"' });
  const pieces: Piece[] = [];
  const list = v.extents as unknown[];
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as { offset?: unknown; base64?: unknown } | null;
    if (!e || !Number.isSafeInteger(e.offset) || typeof e.base64 !== 'string') return t(SNAP.sparseExtentNeeds, { field: `extents[${i}]` });
    const data = e.base64;
    const start = e.offset as number;
    // Strict base64, so that the length computed here is the length decoded (a lax decode would leave zeros).
    if (data.length % 4 !== 0 || !BASE64.test(data)) return t(SNAP.sparseNotBase64, { field: `extents[${i}].base64` });
    const length = Buffer.byteLength(data, 'base64');
    if (start < 0 || start + length > v.size) return t(SNAP.sparseOutside, { field: `extents[${i}]` });
    pieces.push({ start, length, data });
  }
  return { size: v.size, mode: v.mode ? parseInt(v.mode, 8) : 0o644, extents: mergePieces(pieces) };
}

/** A byte range to be placed in a merged extent: bytes, or base64 decoded straight into it. */
interface Piece {
  start: number;
  length: number;
  data: string | Uint8Array;
}

/**
 * Writes pieces [from, to) of a run into `into` (which starts at `base`), in order. Consecutive base64 pieces that
 * touch exactly, without padding, are decoded as one string: 300k adjacent extents are a few native calls.
 */
function placeRun(into: Buffer, pieces: Piece[], from: number, to: number, base: number): void {
  let i = from;
  while (i < to) {
    const p = pieces[i] as Piece;
    if (typeof p.data !== 'string') {
      into.set(p.data, p.start - base);
      i++;
      continue;
    }
    const strs = [p.data];
    let end = p.start + p.length;
    let j = i + 1;
    while (j < to && !(strs[strs.length - 1] as string).endsWith('=')) {
      const q = pieces[j] as Piece;
      if (typeof q.data !== 'string' || q.start !== end) break;
      strs.push(q.data);
      end += q.length;
      j++;
    }
    into.write(strs.length === 1 ? p.data : strs.join(''), p.start - base, end - p.start, 'base64');
    i = j;
  }
}

/**
 * Sorted, with overlapping or adjacent pieces joined (the later in sorted order wins where two overlap). O(n log n)
 * (no sort at all when already sorted): each run of touching pieces is written once into one buffer.
 */
function mergePieces(list: Piece[]): Extent[] {
  const sorted = list.every((p, i) => i === 0 || (list[i - 1] as Piece).start <= p.start) ? list : [...list].sort((a, b) => a.start - b.start);
  const out: Extent[] = [];
  let from = 0;
  while (from < sorted.length) {
    const first = sorted[from] as Piece;
    let end = first.start + first.length;
    let to = from + 1;
    while (to < sorted.length && (sorted[to] as Piece).start <= end) end = Math.max(end, (sorted[to] as Piece).start + (sorted[to++] as Piece).length);
    const bytes = Buffer.alloc(end - first.start);
    placeRun(bytes, sorted, from, to, first.start);
    out.push({ start: first.start, bytes });
    from = to;
  }
  return out;
}

/** Byte runs at file offsets, sorted and joined (mergePieces): the one extent merge, capture's too (and the tests' read recorder, test/unit/macho/recording.ts). */
export function mergeExtents(list: readonly { start: number; bytes: Uint8Array }[]): Extent[] {
  return mergePieces(list.map((e) => ({ start: e.start, length: e.bytes.length, data: e.bytes })));
}

/** The extent holding [offset, end), by binary search over the sorted, disjoint extents. */
function extentAt(extents: Extent[], offset: number, end: number): Extent | undefined {
  let lo = 0;
  let hi = extents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = extents[mid] as Extent;
    if (e.start > offset) hi = mid - 1;
    else if (e.start + e.bytes.length < offset) lo = mid + 1;
    else return e.start + e.bytes.length >= end ? e : undefined;
  }
  return undefined;
}

export function sparseSource(file: SparseFile, label: string): ByteSource & { close(): void } {
  return {
    size: file.size,
    read(offset: number, length: number): Uint8Array | Error {
      const end = Math.min(file.size, offset + Math.max(0, length));
      if (offset < 0) return new Error(t(SNAP.sparseNegative, { label }));
      if (end <= offset) return new Uint8Array(0);
      const ext = extentAt(file.extents, offset, end);
      if (!ext) return new Error(t(SNAP.sparseNotCaptured, { label, from: offset, to: end - 1 }));
      return ext.bytes.subarray(offset - ext.start, end - ext.start);
    },
    close() {},
  };
}

/** Builds the JSON of a sparse file from the byte ranges that were read. */
export function toSparseJson(size: number, mode: number, ranges: { offset: number; bytes: Uint8Array }[]): SparseJson {
  const merged = mergeExtents(ranges.map((r) => ({ start: r.offset, bytes: Buffer.from(r.bytes) })));
  return {
    size,
    mode: `0${(mode & 0o7777).toString(8)}`,
    extents: merged.map((e) => ({ offset: e.start, base64: e.bytes.toString('base64') })),
  };
}
