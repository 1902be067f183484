/**
 * THE reading of a finding's prose (its detail, a manual step's detail, titles, evidence lines) by every renderer:
 * the panel's DOM, the Markdown report, the terminal report. A detail holds paragraphs separated by a blank line
 * (`joinParagraphs` is how a rule writes them) and inline code between backticks (`uname -m`); each renderer makes
 * <p>/<code>, Markdown paragraphs/code spans, or wrapped terminal lines of the same structure, so a paragraph
 * break never shows as a literal `\n\n` and a code span never as stray backticks. Pure, so plain mocha tests it.
 */
import { escapeControl } from './escape';

/** A piece of a paragraph: plain prose, or inline code (shown in a code font; backticks are not part of it). */
export interface Run {
  text: string;
  code?: true;
}

export type Paragraph = Run[];

/** The one paragraph break of prose: a blank line. */
const PARAGRAPH_BREAK = '\n\n';

/** A blank line (white space allowed on it) or several: where one paragraph ends and the next starts. */
const BLANK_LINES = /\n(?:[ \t]*\n)+/g;

/** `code`: a backtick, anything but backticks and line breaks, a backtick (linear: no nested quantifiers). */
const CODE_SPAN = /`([^`\n]+)`/g;

/**
 * Paragraphs as one prose text. A blank line inside a part (a value read from the machine may hold one) folds to
 * a single line break, which renderers show escaped: only the breaks put here make paragraphs, so a value can
 * never start a paragraph (or a line) of its own.
 */
export function joinParagraphs(parts: readonly string[]): string {
  return parts
    .map((p) => p.replace(BLANK_LINES, '\n').trim())
    .filter((p) => p !== '')
    .join(PARAGRAPH_BREAK);
}

/** The paragraphs of `text`, as written (not escaped), without empty ones. */
function paragraphTexts(text: string): string[] {
  return text
    .split(BLANK_LINES)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** One paragraph's (or one line's) runs; control characters escaped (src/core/text), so every renderer may print them. */
export function inlineRuns(text: string): Run[] {
  const line = escapeControl(text);
  const out: Run[] = [];
  let at = 0;
  for (const m of line.matchAll(CODE_SPAN)) {
    const start = m.index ?? 0;
    if (start > at) out.push({ text: line.slice(at, start) });
    out.push({ text: m[1] as string, code: true });
    at = start + m[0].length;
  }
  if (at < line.length || out.length === 0) out.push({ text: line.slice(at) });
  return out;
}

/** `text` as paragraphs of runs: what every renderer shows of a detail. */
export function prose(text: string): Paragraph[] {
  return paragraphTexts(text).map(inlineRuns);
}

/**
 * Prose as text whose only control characters are its paragraph breaks (each paragraph escaped): how the text
 * and Markdown renderers hold a detail between escaping the report and laying it out.
 */
export function escapeProse(text: string): string {
  return paragraphTexts(text).map(escapeControl).join(PARAGRAPH_BREAK);
}

/** The runs as plain text without code marks (a button's label, an accessible name). */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** The runs as terminal text: code keeps its backticks, the plain-text convention (Go's own messages use it). */
export function terminalText(runs: readonly Run[]): string {
  return runs.map((r) => (r.code ? `\`${r.text}\`` : r.text)).join('');
}
