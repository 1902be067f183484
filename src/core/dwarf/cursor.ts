/** A bounded little/big-endian cursor over one DWARF section: every read past the end yields undefined, never throws. */
export class Cursor {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array, readonly little: boolean, public pos = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get left(): number {
    return this.bytes.length - this.pos;
  }

  skip(n: number): boolean {
    if (!Number.isSafeInteger(n) || n < 0 || n > this.left) return false;
    this.pos += n;
    return true;
  }

  u8(): number | undefined {
    return this.left >= 1 ? this.bytes[this.pos++] : undefined;
  }

  u16(): number | undefined {
    if (this.left < 2) return undefined;
    const v = this.view.getUint16(this.pos, this.little);
    this.pos += 2;
    return v;
  }

  u32(): number | undefined {
    if (this.left < 4) return undefined;
    const v = this.view.getUint32(this.pos, this.little);
    this.pos += 4;
    return v;
  }

  /** An unsigned 64-bit value as a number; undefined past 2^53 (no offset or length in a bounded section is that big). */
  u64(): number | undefined {
    if (this.left < 8) return undefined;
    const v = this.view.getBigUint64(this.pos, this.little);
    this.pos += 8;
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
  }

  /** ULEB128, at most 10 bytes; undefined when longer or past 2^53. */
  uleb(): number | undefined {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.u8();
      if (b === undefined) return undefined;
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return Number.isSafeInteger(result) ? result : undefined;
      scale *= 128;
    }
    return undefined;
  }

  /** SLEB128, at most 10 bytes (values beyond 2^53 come out imprecise; only small constants are used). */
  sleb(): number | undefined {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.u8();
      if (b === undefined) return undefined;
      result += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) return b & 0x40 ? result - scale : result;
    }
    return undefined;
  }

  /** SLEB128 read for its length only (implicit_const, sdata): returns whether it ended within 10 bytes. */
  skipLeb(): boolean {
    for (let i = 0; i < 10; i++) {
      const b = this.u8();
      if (b === undefined) return false;
      if ((b & 0x80) === 0) return true;
    }
    return false;
  }

  /** Skips a NUL-terminated string (a linear scan for one byte). */
  skipCString(): boolean {
    const end = this.bytes.indexOf(0, this.pos);
    if (end < 0) return false;
    this.pos = end + 1;
    return true;
  }
}
