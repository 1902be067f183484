/**
 * The one bytes-to-text decoder of the binary readers (Mach-O, ELF): a run of bytes becomes a string in one step
 * (TextDecoder, never a character at a time, which builds a rope of one node per byte), and never more than a
 * cap of bytes of it. A header field that names a string can point anywhere in a table; without the cap, 1,024
 * section names at offset 0 of one 256 KiB table were 256 MiB of text (issue 16 item 2). readelf cuts long names
 * the same way.
 */

/** Bytes of one name or path a reader decodes at most (PATH_MAX is 4096; real section names are far shorter). */
export const MAX_STRING_BYTES = 4096;

/** A decoded string, and whether the cap cut it. */
export interface Decoded {
  text: string;
  cut: boolean;
  /** Bytes decoded (before the NUL of a C string). */
  bytes: number;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 text of b[start, end), at most `cap` bytes of it (invalid sequences become U+FFFD). */
export function decodeBytes(b: Uint8Array, start = 0, end = b.length, cap = Infinity): Decoded {
  const from = Math.max(0, start);
  const to = Math.min(end, b.length);
  if (to <= from) return { text: '', cut: false, bytes: 0 };
  const stop = Math.min(to, from + cap);
  return { text: decoder.decode(b.subarray(from, stop)), cut: stop < to, bytes: stop - from };
}

/**
 * The NUL-terminated string at `start`, looked for before `end` and within `cap` bytes. Undefined when the bytes
 * end before a NUL; cut (the first `cap` bytes) when no NUL comes within the cap but the bytes go on.
 */
export function decodeCString(b: Uint8Array, start: number, end = b.length, cap = MAX_STRING_BYTES): Decoded | undefined {
  const stop = Math.min(end, b.length);
  if (start < 0 || start >= stop) return undefined;
  const window = b.subarray(start, Math.min(stop, start + cap));
  const nul = window.indexOf(0);
  if (nul >= 0) return { text: decoder.decode(window.subarray(0, nul)), cut: false, bytes: nul };
  if (start + cap >= stop) return undefined;
  return { text: decoder.decode(window), cut: true, bytes: window.length };
}
