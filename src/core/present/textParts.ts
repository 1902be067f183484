/**
 * How the panel cuts text it shows, before it makes DOM nodes of the parts (with textContent: never HTML).
 * Pure, so that plain mocha tests it.
 */

import { trimEndOf } from '../text/trim';
export interface TextPart {
  text: string;
  /** Set when the part is an https URL the panel shows as a link. */
  href?: string;
}

/** `https://…` up to white space or a closing bracket/quote; trailing sentence punctuation is not part of it. */
const HTTPS_URL = /https:\/\/[^\s<>"'`)\]]+/g;

/**
 * Text split into plain parts and https links. Only `https:` becomes a link (no `http:`, `file:`, `command:`,
 * `javascript:`), and only when it parses as a URL with a host.
 */
export function linkParts(text: string): TextPart[] {
  const out: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(HTTPS_URL)) {
    const raw = trimEndOf(m[0], '.,;:!?');
    const start = m.index ?? 0;
    const href = safeHttps(raw);
    if (!href) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: raw, href });
    at = start + raw.length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

function safeHttps(raw: string): string | undefined {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A path (or a line holding paths) cut after each `/`, so that a narrow panel wraps it between directories
 * (the panel puts a <wbr> between the pieces) instead of inside a name. Joined, the pieces are the text.
 */
export function pathPieces(text: string): string[] {
  return text.split(/(?<=\/)/);
}
