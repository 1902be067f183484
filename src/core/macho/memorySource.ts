/** An in-memory ByteSource (tests, snapshot extents, already-loaded buffers). */
import type { ByteSource } from './types';

export function bufferByteSource(buf: Uint8Array): ByteSource {
  return {
    size: buf.length,
    read(offset: number, length: number): Uint8Array | Error {
      if (offset < 0 || length < 0 || offset > buf.length) return new Error(`read outside the buffer at ${offset}`);
      return buf.subarray(offset, Math.min(buf.length, offset + length));
    },
  };
}
