/**
 * THE control-character escaper for text output. A value read from a file, a command or a snapshot is shown with
 * every control character visible (`\x1b`, `\n`, `\u202e`), so it can neither drive the terminal (clear the
 * screen, set a window title, ring the bell) nor forge lines of the report. Renderers apply it once, to every
 * value they print (`escapeValues`), not call site by call site.
 */
import { CONTROL_CHARS } from './controls';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `s` with each control character written as an escape sequence. */
export function escapeControl(s: string): string {
  return s.replace(CONTROL_CHARS, visible);
}

/** A copy of `value` (object, array or scalar) with escapeControl applied to every string in it, keys included. */
export function escapeValues<T>(value: T): T {
  if (typeof value === 'string') return escapeControl(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeValues(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[escapeControl(k)] = escapeValues(v);
    return out as T;
  }
  return value;
}

/** The controls JSON.stringify leaves as they are (it escapes C0 itself): DEL, C1, bidi overrides and isolates. */
const NOT_C0 = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text in which every control character inside a string is a \u escape (still the same JSON value). */
export function stringifyJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(NOT_C0, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
