/**
 * The comments that belong to a member: the line comments alone on the lines directly above it (no blank line
 * between) and a line comment after it on its own line. A fix that removes the member removes them with it (a
 * `// "fixes" the liblldb error` left alone would sit above the next key and say something false of it); a fix
 * that changes the value removes those that name a word of the old value the new one no longer has (`// amd64 on
 * purpose` above a platform set to arm64). Every other comment stays byte for byte. Linear in the lines visited.
 */
import { lineStart } from './tokens';

/** A span of text (offsets) to delete. */
export interface Span {
  from: number;
  to: number;
}

/** Offset of the line before the one starting at `start`, or undefined at the top. */
function previousLine(text: string, start: number): number | undefined {
  return start === 0 ? undefined : lineStart(text, start - 1);
}

/** The whole lines directly above the line starting at `start` that hold only a line comment (from, to). */
export function leadingComments(text: string, start: number): Span | undefined {
  let from = start;
  for (let at = previousLine(text, start); at !== undefined; at = previousLine(text, at)) {
    if (!text.slice(at, from).trim().startsWith('//')) break;
    from = at;
  }
  return from < start ? { from, to: start } : undefined;
}

/** The `// comment` that ends the line at `offset` (only spaces, a comma or a closing bracket before it). */
function trailingComment(text: string, offset: number): Span | undefined {
  const nl = text.indexOf('\n', offset);
  const rest = text.slice(offset, nl < 0 ? text.length : nl);
  const at = rest.indexOf('//');
  if (at < 0 || /[^\s,\]}]/.test(rest.slice(0, at))) return undefined;
  // The spaces before the comment go with it.
  const lead = rest.slice(0, at).length - rest.slice(0, at).trimEnd().length;
  return { from: offset + at - lead, to: offset + rest.length - (rest.endsWith('\r') ? 1 : 0) };
}

/** Words (letters and digits) of a JSON value's text. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9_]+/g) ?? []);
}

/**
 * Deletions for a value changed from `oldText` to `newText` on the line starting at `lineAt` (the member holding
 * it), whose own text ends at `end`: the leading and trailing comments that name a word the value lost.
 */
export function staleComments(text: string, lineAt: number, end: number, oldText: string, newText: string): Span[] {
  const now = words(newText);
  const lost = [...words(oldText)].filter((w) => !now.has(w) && !/^\d+$/.test(w));
  if (lost.length === 0) return [];
  const names = (s: Span) => [...words(text.slice(s.from, s.to))].some((w) => lost.includes(w));
  const out: Span[] = [];
  const lead = leadingComments(text, lineAt);
  if (lead && names(lead)) out.push(lead);
  const trail = trailingComment(text, end);
  if (trail && names(trail)) out.push(trail);
  return out;
}
