/**
 * Setting a value by text edits: replacing an existing value in place, or adding a property after the last
 * member of an object in the style around it (one per line with the same indentation, trailing comma kept if the
 * file uses them, or inline for a one-line object). Nothing outside the inserted text changes.
 */
import type * as jsonc from 'jsonc-parser';
import type { TextEdit } from './types';
import type { Formatting } from './format';
import { indentAt, nextSignificant, startsLine, TK } from './tokens';

function unit(fmt: Formatting): string {
  return fmt.insertSpaces ? ' '.repeat(fmt.tabSize) : '\t';
}

/** JSON text of a value, its continuation lines indented from `base`. */
export function formatValue(value: unknown, base: string, fmt: Formatting): string {
  return JSON.stringify(value, null, unit(fmt)).split('\n').join(fmt.eol + base);
}

export function replaceValue(text: string, node: jsonc.Node, value: unknown, fmt: Formatting): TextEdit {
  return { offset: node.offset, length: node.length, content: formatValue(value, indentAt(text, node.offset), fmt) };
}

function property(key: string, value: unknown, indent: string, fmt: Formatting): string {
  return `${JSON.stringify(key)}: ${formatValue(value, indent, fmt)}`;
}

function intoEmpty(text: string, obj: jsonc.Node, key: string, value: unknown, fmt: Formatting): TextEdit[] {
  const base = indentAt(text, obj.offset);
  const inner = base + unit(fmt);
  const body = text.slice(obj.offset + 1, obj.offset + obj.length - 1);
  if (body.trim() === '') {
    const content = `${fmt.eol}${inner}${property(key, value, inner, fmt)}${fmt.eol}${base}`;
    return [{ offset: obj.offset + 1, length: obj.length - 2, content }];
  }
  // only comments inside: add the property right after the brace, keep them below it
  return [{ offset: obj.offset + 1, length: 0, content: `${fmt.eol}${inner}${property(key, value, inner, fmt)}` }];
}

export function addProperty(text: string, obj: jsonc.Node, key: string, value: unknown, fmt: Formatting): TextEdit[] {
  const last = obj.children?.[obj.children.length - 1];
  if (!last) return intoEmpty(text, obj, key, value, fmt);
  const lastEnd = last.offset + last.length;
  const first = nextSignificant(text, lastEnd);
  const comma = first.kind === TK.Comma ? first : undefined;
  let next = nextSignificant(text, comma ? comma.end : lastEnd);
  while (next.kind === TK.BlockComment) next = nextSignificant(text, next.end);
  if (next.kind === TK.LineComment) next = nextSignificant(text, next.end);
  const multiline = next.kind === TK.LineBreak && startsLine(text, last.offset);
  if (!multiline) {
    const at = comma ? comma.end : lastEnd;
    return [{ offset: at, length: 0, content: `${comma ? ' ' : ', '}${property(key, value, indentAt(text, last.offset), fmt)}` }];
  }
  const indent = indentAt(text, last.offset);
  const content = `${fmt.eol}${indent}${property(key, value, indent, fmt)}${comma ? ',' : ''}`;
  const edits: TextEdit[] = [{ offset: next.offset, length: 0, content }];
  if (!comma) edits.unshift({ offset: lastEnd, length: 0, content: ',' });
  return edits;
}

/** `{"a": {"b": v}}` for path ["a", "b"]: the value to insert where the first missing key of a path is. */
export function nest(keys: readonly (string | number)[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, k) => ({ [String(k)]: inner }), value);
}
