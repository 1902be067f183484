/**
 * `<name>.sparse.json` (SNAPSHOT.md §1): a file stored reduced to the bytes the probes read. It reads as a file
 * of `size` bytes; a read touching bytes outside the extents fails with "not captured" (never zeros).
 */
import type { ByteSource } from '../macho/types';

export const SPARSE_SUFFIX = '.sparse.json';

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
  if (!v || typeof v !== 'object') return 'not an object';
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) return '"size" must be a non-negative integer';
  if (v.mode !== undefined && (typeof v.mode !== 'string' || !/^0?[0-7]{1,4}$/.test(v.mode))) return '"mode" must be an octal string like "0755"';
  if (!Array.isArray(v.extents)) return '"extents" must be an array';
  const raw: Extent[] = [];
  for (const [i, e] of v.extents.entries()) {
    if (!e || typeof e.offset !== 'number' || typeof e.base64 !== 'string') return `extents[${i}] needs "offset" and "base64"`;
    const bytes = Buffer.from(e.base64, 'base64');
    if (e.offset < 0 || e.offset + bytes.length > v.size) return `extents[${i}] lies outside the file's size`;
    raw.push({ start: e.offset, bytes });
  }
  return { size: v.size, mode: v.mode ? parseInt(v.mode, 8) : 0o644, extents: mergeExtents(raw) };
}

export function mergeExtents(list: Extent[]): Extent[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Extent[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.start + last.bytes.length) {
      const end = Math.max(last.start + last.bytes.length, e.start + e.bytes.length);
      const merged = Buffer.alloc(end - last.start);
      last.bytes.copy(merged, 0);
      e.bytes.copy(merged, e.start - last.start);
      last.bytes = merged;
    } else out.push({ start: e.start, bytes: Buffer.from(e.bytes) });
  }
  return out;
}

export function sparseSource(file: SparseFile, label: string): ByteSource & { close(): void } {
  return {
    size: file.size,
    read(offset: number, length: number): Uint8Array | Error {
      const end = Math.min(file.size, offset + Math.max(0, length));
      if (offset < 0) return new Error(`${label}: negative offset`);
      if (end <= offset) return new Uint8Array(0);
      const ext = file.extents.find((e) => e.start <= offset && e.start + e.bytes.length >= end);
      if (!ext) return new Error(`not captured: ${label} bytes ${offset}-${end - 1} are not in the snapshot`);
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
