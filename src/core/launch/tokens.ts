/**
 * Token-level helpers over jsonc-parser's scanner (strings containing `//` or `,` are never mistaken), and the two
 * guards every JSONC read goes through before jsonc-parser parses the text:
 * - a UTF-8 byte order mark, which VS Code accepts and jsonc-parser calls an invalid symbol, is read as a space
 *   (same length, so every offset still points into the user's text);
 * - nesting deeper than MAX_JSON_DEPTH is refused, found by a flat scan: jsonc-parser's parser recurses once per
 *   level and overflows the stack a few thousand levels down.
 */
import * as jsonc from 'jsonc-parser';
import { t } from '../i18n';
import { PARSE } from '../i18n/messages/parse';

/** jsonc-parser's SyntaxKind values (a const enum in its typings; spelled out so any bundler keeps them). */
export const TK = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  EOF: 17,
} as const;

export interface Token {
  kind: number;
  offset: number;
  end: number;
}

/** Tokens from `offset` on, trivia and comments included, up to and including the first token that stop() accepts. */
export function tokensFrom(text: string, offset: number, stop: (t: Token) => boolean): Token[] {
  const scanner = jsonc.createScanner(maskBom(text), false);
  scanner.setPosition(offset);
  const out: Token[] = [];
  for (;;) {
    const kind = scanner.scan();
    const t = { kind, offset: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() };
    out.push(t);
    if (kind === TK.EOF || stop(t)) return out;
  }
}

export const isComment = (t: Token): boolean => t.kind === TK.LineComment || t.kind === TK.BlockComment;

/** The first token after `offset` that is not spaces (comments and line breaks count as tokens). */
export function nextSignificant(text: string, offset: number): Token {
  const toks = tokensFrom(text, offset, (t) => t.kind !== TK.Trivia);
  return toks[toks.length - 1] as Token;
}

/** Offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The leading whitespace of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** Whether only spaces or tabs precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** Far deeper than any launch.json or settings.json, far shallower than the parser's stack. */
export const MAX_JSON_DEPTH = 256;

export function maskBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** The offset and message of the first bracket nested deeper than MAX_JSON_DEPTH, or undefined. */
export function depthProblem(text: string): { offset: number; message: string } | undefined {
  const scanner = jsonc.createScanner(maskBom(text), true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== TK.EOF; kind = scanner.scan()) {
    if (kind === TK.OpenBrace || kind === TK.OpenBracket) {
      if (++depth > MAX_JSON_DEPTH) return { offset: scanner.getTokenOffset(), message: t(PARSE.jsonTooDeep, { max: MAX_JSON_DEPTH }) };
    } else if (kind === TK.CloseBrace || kind === TK.CloseBracket) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
