/** An in-memory ByteSource for the tests (the product reads files and snapshot extents through src/core/io). */
import type { ByteSource } from '../../../src/core/macho/types';

export function bufferByteSource(buf: Uint8Array): ByteSource {
  return {
    size: buf.length,
    read(offset: number, length: number): Uint8Array | Error {
      if (offset < 0 || length < 0 || offset > buf.length) return new Error(`read outside the buffer at ${offset}`);
      return buf.subarray(offset, Math.min(buf.length, offset + length));
    },
  };
}
