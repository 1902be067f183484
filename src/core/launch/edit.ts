/**
 * Planning edits of launch.json / settings.json as minimal text edits of our own (jsonc-parser's `modify`
 * reformats neighbouring lines, so it is not used): the value is replaced in place (insert.ts), a property is added
 * in the style around it (insert.ts) or a member is cut out with its comma (remove.ts); comments, order and
 * formatting outside the changed text stay byte-identical. A key written twice is edited where it takes effect
 * (its last occurrence), and removed everywhere in that object. Refuses (never guesses) when the text does not
 * parse or the path does not fit the document.
 */
import type * as jsonc from 'jsonc-parser';
import type { JsonPath } from './jsonc';
import { childNode, findNode, parseJsonc, parseTree } from './jsonc';
import type { Formatting } from './format';
import { detectFormatting } from './format';
import { removeMember } from './remove';
import { addProperty, formatValue, nest, replaceValue } from './insert';
import { insertElement } from './insertElement';
import { staleComments } from './ownComments';
import { lineStart, startsLine } from './tokens';
import type { EditPlan, EditRequest, TextEdit } from './types';

/** An insert needs the array (the path without its last index) to exist, and an index from 0 to its length. */
function insertProblem(root: jsonc.Node | undefined, path: JsonPath): string | undefined {
  const index = path[path.length - 1];
  if (typeof index !== 'number' || !Number.isInteger(index)) return `${JSON.stringify(path)}: an insert ends in an array index`;
  const arr = root && findNode(root, path.slice(0, -1));
  if (arr?.type !== 'array') return `${JSON.stringify(path.slice(0, -1))}: not an array`;
  const n = arr.children?.length ?? 0;
  return index < 0 || index > n ? `${JSON.stringify(path)}: an array of ${n} elements has no place at index ${index}` : undefined;
}

/** Why the path cannot be edited in this document, or undefined when it can. */
function pathProblem(root: jsonc.Node | undefined, path: JsonPath): string | undefined {
  if (path.length === 0) return 'an empty JSON path would replace the whole file';
  if (root && root.type !== 'object') return `the file's top level is ${root.type === 'array' ? 'an array' : `a ${root.type}`}, not an object`;
  let node = root;
  for (let i = 0; i < path.length - 1 && node; i++) {
    const key = path[i] as string | number;
    const where = JSON.stringify(path.slice(0, i + 1));
    if (typeof key === 'number') {
      if (node.type !== 'array') return `${where}: not an array`;
      if (key < 0 || key >= (node.children?.length ?? 0)) return `${where}: no element at index ${key}`;
    } else if (node.type !== 'object') {
      return `${where}: not an object`;
    }
    node = childNode(node, key);
    if (!node && typeof path[i + 1] === 'number') return `${where} does not exist`;
  }
  const last = path[path.length - 1];
  if (node && typeof last === 'string' && node.type !== 'object') return `${JSON.stringify(path.slice(0, -1))}: not an object`;
  if (node && typeof last === 'number') {
    if (node.type !== 'array') return `${JSON.stringify(path.slice(0, -1))}: not an array`;
    if (last < 0 || last >= (node.children?.length ?? 0)) return `${JSON.stringify(path)}: no element at index ${last}`;
  }
  return undefined;
}

/** The deepest existing node along the path, and how many path keys it consumed. */
function deepest(root: jsonc.Node, path: JsonPath): { node: jsonc.Node; depth: number } {
  let node = root;
  let depth = 0;
  for (const key of path) {
    const child = childNode(node, key);
    if (!child) break;
    node = child;
    depth++;
  }
  return { node, depth };
}

/** A file with no value: blank (replaced by the object) or only comments (kept, the object added after them). */
function intoEmptyFile(text: string, path: JsonPath, value: unknown, fmt: Formatting): TextEdit[] {
  const unit = fmt.insertSpaces ? ' '.repeat(fmt.tabSize) : '\t';
  const prop = `${JSON.stringify(String(path[0]))}: ${formatValue(nest(path.slice(1), value), unit, fmt)}`;
  const object = `{${fmt.eol}${unit}${prop}${fmt.eol}}${fmt.eol}`;
  if (text.replace(/^\uFEFF/, '').trim() === '') return [{ offset: 0, length: text.length, content: object }];
  return [{ offset: text.length, length: 0, content: `${/\n$/.test(text) ? '' : fmt.eol}${object}` }];
}

/** One edit that turns `before` into `after`: the span between their common start and common end. */
function spanEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) };
}

/** Removes the member at `path`, then any earlier occurrence of the same key, one at a time on the edited text. */
function removeAll(text: string, path: JsonPath): TextEdit[] {
  let current = text;
  let first: TextEdit[] | undefined;
  for (let root = parseTree(current); root; root = parseTree(current)) {
    const { node, depth } = deepest(root, path);
    const member = node.parent?.type === 'property' ? node.parent : node;
    if (depth < path.length || !member.parent) break;
    const edits = removeMember(current, member.parent, member);
    first ??= edits;
    current = applyEdits(current, edits);
    if (typeof path[path.length - 1] === 'number') break;
  }
  if (current === text) return [];
  return applyEdits(text, first ?? []) === current ? (first ?? []) : [spanEdit(text, current)];
}

/**
 * A value replaced in place, and the comments of the member whose line holds it that name what the value no longer
 * says (ownComments.ts): the member is the nearest one starting its own line (the property, for an array element).
 */
function withStaleComments(text: string, node: jsonc.Node, replace: TextEdit): TextEdit[] {
  let member: jsonc.Node | undefined = node.parent?.type === 'property' ? node.parent : node;
  while (member && !startsLine(text, member.offset)) member = member.parent?.parent?.type === 'property' ? member.parent.parent : member.parent;
  if (!member) return [replace];
  const oldText = text.slice(node.offset, node.offset + node.length);
  const stale = staleComments(text, lineStart(text, member.offset), member.offset + member.length, oldText, replace.content);
  return [replace, ...stale.map((s) => ({ offset: s.from, length: s.to - s.from, content: '' }))];
}

function computeEdits(text: string, root: jsonc.Node | undefined, edit: EditRequest, fmt: Formatting): TextEdit[] {
  if (!root) return edit.remove ? [] : intoEmptyFile(text, edit.path, edit.value, fmt);
  if (edit.remove) return removeAll(text, edit.path);
  if (edit.insert) {
    const arr = findNode(root, edit.path.slice(0, -1)) as jsonc.Node;
    return insertElement(text, arr, edit.path[edit.path.length - 1] as number, edit.value, fmt);
  }
  const { node, depth } = deepest(root, edit.path);
  if (depth === edit.path.length) return withStaleComments(text, node, replaceValue(text, node, edit.value, fmt));
  return addProperty(text, node, String(edit.path[depth]), nest(edit.path.slice(depth + 1), edit.value), fmt);
}

/**
 * The text edits that set (value), insert (insert: value becomes array element `path`) or delete (remove) the node
 * at `path`. Removing what is not there gives no edits; missing parent objects are created (not for an insert). Refuses text that does not parse, and paths through non-objects or
 * to array elements that do not exist.
 */
export function planEdit(text: string, edit: EditRequest, opts?: Partial<Formatting>): EditPlan {
  const { errors } = parseJsonc(text);
  const first = errors[0];
  if (first) {
    return { ok: false, reason: `the file does not parse (${first.message} at line ${first.line}, column ${first.column}); fix it by hand first` };
  }
  if (!edit.remove && edit.value === undefined) return { ok: false, reason: 'an edit needs a value or remove: true' };
  const root = parseTree(text);
  const problem = edit.remove || !edit.insert ? pathProblem(root, edit.path) : pathProblem(root, edit.path.slice(0, -1)) ?? insertProblem(root, edit.path);
  if (problem) return { ok: false, reason: problem };
  const fmt = { ...detectFormatting(text), ...opts };
  return { ok: true, edits: computeEdits(text, root, edit, fmt) };
}

function sorted(edits: readonly TextEdit[]): TextEdit[] {
  const s = [...edits].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < s.length; i++) {
    const prev = s[i - 1] as TextEdit;
    if ((s[i] as TextEdit).offset < prev.offset + prev.length) throw new Error('overlapping edits');
  }
  return s;
}

/** Applies non-overlapping edits expressed in the original text's offsets. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of sorted(edits)) {
    out += text.slice(at, e.offset) + e.content;
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}
