/** Token-level helpers over jsonc-parser's scanner (strings containing `//` or `,` are never mistaken). */
import * as jsonc from 'jsonc-parser';

/** jsonc-parser's SyntaxKind values (a const enum in its typings; spelled out so any bundler keeps them). */
export const TK = {
  OpenBrace: 1,
  CloseBrace: 2,
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
  const scanner = jsonc.createScanner(text, false);
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
