/**
 * Removing one property or array element by text edits, without jsonc-parser's reformatting (which rewrites
 * neighbouring lines and mishandles a trailing comma after the only member). Rules:
 * - the member and its own comma go; a line left empty goes with them;
 * - the comments that belong to the member go with it (ownComments.ts: line comments alone on the lines directly
 *   above it, a line comment after it on its line); every other comment stays where it was;
 * - when the member is the last one without a comma of its own, the comma before it goes, so the result never
 *   ends with a dangling separator that strict JSON would reject.
 */
import type * as jsonc from 'jsonc-parser';
import type { TextEdit } from './types';
import { isComment, nextSignificant, startsLine, lineStart, TK, tokensFrom } from './tokens';
import { leadingComments } from './ownComments';
import type { Token } from './tokens';

interface After {
  /** The member's comma right after it (only spaces between). */
  comma?: Token;
  /** The member's comma after comments or line breaks: removed on its own. */
  detachedComma?: Token;
  /** What follows the member (and its comma) on its line: a line break / EOF, a comment, or another token. */
  next: Token;
}

const SKIPPED: readonly number[] = [TK.Trivia, TK.LineBreak, TK.LineComment, TK.BlockComment];

function after(text: string, end: number): After {
  const first = nextSignificant(text, end);
  if (first.kind === TK.Comma) return { comma: first, next: nextSignificant(text, first.end) };
  const toks = tokensFrom(text, end, (t) => !SKIPPED.includes(t.kind));
  const real = toks[toks.length - 1];
  return real?.kind === TK.Comma ? { detachedComma: real, next: first } : { next: first };
}

/** The comma between the previous member and this one, when only trivia separates them from it. */
function commaBefore(text: string, prev: jsonc.Node): Token | undefined {
  const t = nextSignificant(text, prev.offset + prev.length);
  return t.kind === TK.Comma ? t : undefined;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return tokensFrom(text, from, (t) => t.offset >= to).every((t) => t.offset >= to || t.kind === TK.Trivia || t.kind === TK.LineBreak);
}

/** The line break (or EOF) that ends the member's line: after it, or after its own trailing line comment. */
function lineEnd(text: string, a: After): Token | undefined {
  if (a.next.kind === TK.LineBreak || a.next.kind === TK.EOF) return a.next;
  if (a.next.kind !== TK.LineComment) return undefined;
  const t = nextSignificant(text, a.next.end);
  return t.kind === TK.LineBreak || t.kind === TK.EOF ? t : undefined;
}

/** Edit for the member itself (and its own comma). */
function memberEdit(text: string, member: jsonc.Node, a: After): TextEdit {
  const start = member.offset;
  const endOfMember = a.comma ? a.comma.end : start + member.length;
  const ownLine = startsLine(text, start);
  const end = ownLine ? lineEnd(text, a) : undefined;
  if (end) {
    // The whole line goes, with the comments that belong to the member (above it and after it).
    const line = lineStart(text, start);
    const from = leadingComments(text, line)?.from ?? line;
    return { offset: from, length: end.end - from, content: '' };
  }
  if (isComment(a.next)) return { offset: start, length: a.next.offset - start, content: '' };
  if (!a.comma) return { offset: start, length: endOfMember - start, content: '' };
  // inline, more members follow on this line: take the spaces up to the next member too
  return { offset: start, length: a.next.offset - start, content: '' };
}

export function removeMember(text: string, container: jsonc.Node, member: jsonc.Node): TextEdit[] {
  const siblings = container.children ?? [];
  const index = siblings.indexOf(member);
  const a = after(text, member.offset + member.length);
  const prev = index > 0 ? siblings[index - 1] : undefined;
  if (a.detachedComma) return [memberEdit(text, member, a), { offset: a.detachedComma.offset, length: 1, content: '' }];
  const prevComma = !a.comma && prev ? commaBefore(text, prev) : undefined;
  if (!prevComma) return [memberEdit(text, member, a)];
  const endsLine = a.next.kind === TK.LineBreak || a.next.kind === TK.EOF || isComment(a.next);
  if (onlySpaceBetween(text, prevComma.end, member.offset) && (endsLine || !startsLine(text, member.offset))) {
    // A line comment after the member is its own: it goes too, not onto the previous member's line.
    const end = a.next.kind === TK.LineComment && startsLine(text, member.offset) ? a.next.end : member.offset + member.length;
    return [{ offset: prevComma.offset, length: end - prevComma.offset, content: '' }];
  }
  return [{ offset: prevComma.offset, length: 1, content: '' }, memberEdit(text, member, a)];
}
