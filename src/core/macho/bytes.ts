/**
 * Bounded reading: a context that reads through a ByteSource, counts the bytes, records errors instead of
 * throwing, and small endian-aware decoders over the bytes it returns.
 */
import { MAX_ERRORS } from './limits';
import type { ByteSource, MachOError } from './types';

export class ReadContext {
  readonly errors: MachOError[] = [];
  bytesRead = 0;
  constructor(readonly src: ByteSource) {}

  get size(): number {
    return this.src.size;
  }

  /**
   * Reads up to `length` bytes at `offset`, clamped to the file. Returns undefined (and records an error) when the
   * source fails. Never reads outside [0, size).
   */
  read(offset: number, length: number, what: string): Uint8Array | undefined {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= this.size || length <= 0) return new Uint8Array(0);
    const n = Math.min(length, this.size - offset);
    let got: Uint8Array | Error;
    try {
      got = this.src.read(offset, n);
    } catch (e) {
      got = e instanceof Error ? e : new Error(String(e));
    }
    this.bytesRead += n;
    if (got instanceof Error) {
      this.error('read-failed', offset, `cannot read ${what} (${n} bytes at ${hex(offset)}): ${got.message}`);
      return undefined;
    }
    return got.length > n ? got.subarray(0, n) : got;
  }

  /** Records a problem; past MAX_ERRORS, one `too-many-errors` entry stands for the rest (keeps output bounded). */
  error(code: string, offset: number, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ code, offset, message });
    else if (this.errors.length === MAX_ERRORS) this.errors.push({ code: 'too-many-errors', offset, message: `more than ${MAX_ERRORS} problems; the rest are not listed` });
  }
}

/** Endian-aware view over a byte array; every getter returns undefined past the end. */
export class Bytes {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly littleEndian: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u8(off: number): number | undefined {
    return off >= 0 && off < this.bytes.length ? this.bytes[off] : undefined;
  }

  u32(off: number): number | undefined {
    return off >= 0 && off + 4 <= this.bytes.length ? this.view.getUint32(off, this.littleEndian) : undefined;
  }

  /** A 64-bit value as a number; undefined when it is not a safe integer. */
  u64(off: number): number | undefined {
    if (off < 0 || off + 8 > this.bytes.length) return undefined;
    const v = this.view.getBigUint64(off, this.littleEndian);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
  }

  /** A pointer-sized value (4 or 8 bytes). */
  ptr(off: number, size: number): number | undefined {
    return size === 8 ? this.u64(off) : this.u32(off);
  }

  /** NUL-terminated string in [off, end); undefined when no NUL is found before `end`. */
  cstring(off: number, end: number = this.bytes.length): string | undefined {
    const stop = Math.min(end, this.bytes.length);
    const nul = this.bytes.subarray(0, stop).indexOf(0, off);
    if (off < 0 || off >= stop || nul < 0) return undefined;
    return utf8(this.bytes.subarray(off, nul));
  }

  /** Fixed-size name field (segname, sectname): up to 16 bytes, NUL-padded. */
  fixedString(off: number, len: number): string {
    const raw = this.bytes.subarray(off, Math.min(off + len, this.bytes.length));
    const nul = raw.indexOf(0);
    return utf8(nul >= 0 ? raw.subarray(0, nul) : raw);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });
export function utf8(b: Uint8Array): string {
  return decoder.decode(b);
}

export function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

/** Big-endian u32 of the first 4 bytes, or undefined. */
export function beU32(b: Uint8Array, off = 0): number | undefined {
  return new Bytes(b, false).u32(off);
}
