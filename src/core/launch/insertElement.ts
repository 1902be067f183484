/**
 * Inserting one element into an existing JSON array by text edits, at a real index (0 … length): the array is
 * never rewritten, so its comments, its other elements (strings or not) and their layout stay byte-identical.
 * The element takes the style around it: on a line of its own with the neighbours' indentation when they are one
 * per line, inline (`, `-separated) otherwise; a trailing comma is kept where the file uses one.
 */
import type * as jsonc from 'jsonc-parser';
import type { TextEdit } from './types';
import type { Formatting } from './format';
import { formatValue } from './insert';
import { indentAt, nextSignificant, startsLine, TK } from './tokens';

function unit(fmt: Formatting): string {
  return fmt.insertSpaces ? ' '.repeat(fmt.tabSize) : '\t';
}

/** Into `[]` (or an array holding only comments): right after the bracket, comments kept below it. */
function intoEmpty(text: string, arr: jsonc.Node, value: unknown, fmt: Formatting): TextEdit[] {
  const body = text.slice(arr.offset + 1, arr.offset + arr.length - 1);
  if (!/[\r\n]/.test(body) && body.trim() === '') return [{ offset: arr.offset + 1, length: body.length, content: formatValue(value, indentAt(text, arr.offset), fmt) }];
  const inner = indentAt(text, arr.offset) + unit(fmt);
  return [{ offset: arr.offset + 1, length: 0, content: `${fmt.eol}${inner}${formatValue(value, inner, fmt)}${body.trim() === '' ? '' : ','}` }];
}

/** Before the element at `index`: `value, ` inline, or `value,` and a line break to the element's indentation. */
function before(text: string, el: jsonc.Node, value: unknown, fmt: Formatting): TextEdit[] {
  const indent = indentAt(text, el.offset);
  const sep = startsLine(text, el.offset) ? `,${fmt.eol}${indent}` : ', ';
  return [{ offset: el.offset, length: 0, content: `${formatValue(value, indent, fmt)}${sep}` }];
}

/** After the last element, as addProperty adds after the last member (insert.ts). */
function append(text: string, last: jsonc.Node, value: unknown, fmt: Formatting): TextEdit[] {
  const lastEnd = last.offset + last.length;
  const first = nextSignificant(text, lastEnd);
  const comma = first.kind === TK.Comma ? first : undefined;
  let next = nextSignificant(text, comma ? comma.end : lastEnd);
  while (next.kind === TK.BlockComment) next = nextSignificant(text, next.end);
  if (next.kind === TK.LineComment) next = nextSignificant(text, next.end);
  const indent = indentAt(text, last.offset);
  if (!(next.kind === TK.LineBreak && startsLine(text, last.offset))) {
    return [{ offset: comma ? comma.end : lastEnd, length: 0, content: `${comma ? ' ' : ', '}${formatValue(value, indent, fmt)}` }];
  }
  const edits: TextEdit[] = [{ offset: next.offset, length: 0, content: `${fmt.eol}${indent}${formatValue(value, indent, fmt)}${comma ? ',' : ''}` }];
  if (!comma) edits.unshift({ offset: lastEnd, length: 0, content: ',' });
  return edits;
}

/** The edits that make `value` element `index` of `arr` (0 ≤ index ≤ its length; the caller checks). */
export function insertElement(text: string, arr: jsonc.Node, index: number, value: unknown, fmt: Formatting): TextEdit[] {
  const items = arr.children ?? [];
  const at = items[index];
  if (at) return before(text, at, value, fmt);
  const last = items[items.length - 1];
  return last ? append(text, last, value, fmt) : intoEmpty(text, arr, value, fmt);
}
