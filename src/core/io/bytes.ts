/**
 * Bounded reading, shared by every binary reader (Mach-O, ELF, DWARF): a context that reads through a ByteSource,
 * counts the bytes, records errors instead of throwing, and small endian-aware decoders over the bytes it returns.
 */
import { decodeBytes, decodeCString, type Decoded } from './decode';
import type { ByteSource } from './byteSource';

/** At most this many error entries per file (then one `too-many-errors`), and as many notes. */
const MAX_ERRORS = 64;

export interface ReadError {
  code: string;
  offset: number;
  message: string;
}

/** Something the read budgets left unexamined (the file is not malformed for it). */
export interface ReadNote {
  code: 'truncated-by-budget';
  offset: number;
  message: string;
}

/** The whole file's budget of load commands (Mach-O: macho/limits.ts); a reader that walks none passes nothing. */
export interface CommandBudget {
  commandBytes: number;
  commands: number;
}

export class ReadContext {
  readonly errors: ReadError[] = [];
  /** What the budgets cut: the file is not damaged, it was not read in full. */
  readonly notes: ReadNote[] = [];
  bytesRead = 0;
  /**
   * @param budget what is left of the whole file's budget (load-command bytes and load commands, all slices
   * together), spent by the reader; none by default.
   */
  constructor(
    readonly src: ByteSource,
    readonly budget: CommandBudget = { commandBytes: 0, commands: 0 },
  ) {}

  note(offset: number, message: string): void {
    if (this.notes.length < MAX_ERRORS) this.notes.push({ code: 'truncated-by-budget', offset, message });
  }

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

/**
 * Endian-aware view over a window [base, base + length) of a byte array; every getter takes offsets relative to the
 * window and returns undefined past its end. `window()` makes sub-views that share the DataView (no copies).
 */
export class Bytes {
  private constructor(
    readonly bytes: Uint8Array,
    readonly littleEndian: boolean,
    private readonly view: DataView,
    private readonly base: number,
    readonly length: number,
  ) {}

  static of(bytes: Uint8Array, littleEndian: boolean): Bytes {
    return new Bytes(bytes, littleEndian, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length);
  }

  /** A sub-view of `length` bytes at `off` (clamped to this view). */
  window(off: number, length: number): Bytes {
    const start = Math.min(Math.max(0, off), this.length);
    return new Bytes(this.bytes, this.littleEndian, this.view, this.base + start, Math.min(length, this.length - start));
  }

  u8(off: number): number | undefined {
    return off >= 0 && off < this.length ? this.bytes[this.base + off] : undefined;
  }

  u32(off: number): number | undefined {
    return off >= 0 && off + 4 <= this.length ? this.view.getUint32(this.base + off, this.littleEndian) : undefined;
  }

  /** A 64-bit value as a number; undefined when it is not a safe integer. */
  u64(off: number): number | undefined {
    if (off < 0 || off + 8 > this.length) return undefined;
    const lo = this.view.getUint32(this.base + off + (this.littleEndian ? 0 : 4), this.littleEndian);
    const hi = this.view.getUint32(this.base + off + (this.littleEndian ? 4 : 0), this.littleEndian);
    return hi < 0x200000 ? hi * 0x100000000 + lo : undefined;
  }

  /** A pointer-sized value (4 or 8 bytes). */
  ptr(off: number, size: number): number | undefined {
    return size === 8 ? this.u64(off) : this.u32(off);
  }

  /**
   * NUL-terminated string in [off, end), at most `cap` bytes (src/core/io/decode.ts): undefined when no NUL is
   * found before `end`; `cut` when no NUL comes within the cap. The default cap is the window itself.
   */
  cstringCapped(off: number, end: number = this.length, cap = Infinity): Decoded | undefined {
    if (off < 0) return undefined;
    return decodeCString(this.bytes, this.base + off, this.base + Math.min(end, this.length), cap);
  }

  /** NUL-terminated string in [off, end); undefined when no NUL is found before `end`. */
  cstring(off: number, end: number = this.length): string | undefined {
    return this.cstringCapped(off, end)?.text;
  }

  /** Fixed-size name field (segname, sectname): up to `len` bytes, NUL-padded. */
  fixedString(off: number, len: number): string {
    const start = this.base + Math.max(0, off);
    const stop = this.base + Math.min(off + len, this.length);
    if (stop <= start) return '';
    const nul = this.bytes.subarray(start, stop).indexOf(0);
    return utf8(this.bytes, start, nul < 0 ? stop : start + nul);
  }

  /** Upper-case hex of `n` bytes at `off`. */
  hex(off: number, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += HEX[this.u8(off + i) ?? 0];
    return out;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());

/** UTF-8 text of b[start, end), in one step (the shared decoder, src/core/io/decode.ts). */
export function utf8(b: Uint8Array, start = 0, end = b.length): string {
  return decodeBytes(b, start, end).text;
}

export function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

/** Big-endian u32 of the first 4 bytes, or undefined. */
export function beU32(b: Uint8Array, off = 0): number | undefined {
  return off >= 0 && off + 4 <= b.length ? (((b[off] ?? 0) << 24) | ((b[off + 1] ?? 0) << 16) | ((b[off + 2] ?? 0) << 8) | (b[off + 3] ?? 0)) >>> 0 : undefined;
}
