import * as assert from 'node:assert/strict';
import * as jsonc from 'jsonc-parser';
import { applyEdits, parseJsonc, planEdit } from '../../../src/core/launch';
import type { EditRequest, TextEdit } from '../../../src/core/launch/types';

/**
 * The edits that turn applyEdits(text, edits) back into text (offsets in the edited text): an undo, with which the
 * tests check that an edit changed only what it planned. (The product never undoes an edit itself.)
 */
export function invertEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let delta = 0;
  return [...edits].sort((a, b) => a.offset - b.offset).map((e) => {
    const inverse = { offset: e.offset + delta, length: e.content.length, content: text.slice(e.offset, e.offset + e.length) };
    delta += e.content.length - e.length;
    return inverse;
  });
}

/** Every comment of a JSONC text, in order (scanner-based: `//` inside strings is not a comment). */
export function comments(text: string): string[] {
  const s = jsonc.createScanner(text, false);
  const out: string[] = [];
  for (let k = s.scan(); k !== 17; k = s.scan()) {
    if (k === 12 || k === 13) out.push(text.slice(s.getTokenOffset(), s.getTokenOffset() + s.getTokenLength()));
  }
  return out;
}

const blank = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

/**
 * The comments that belong to a member starting its own line, found line by line (the oracle of ownComments.ts):
 * the comment-only lines directly above it, and a line comment ending its last line after it.
 */
function owned(text: string, member: jsonc.Node): { from: number; to: number; text: string }[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.reduce((at, l) => (starts.push(at), at + l.length + 1), 0);
  const lineOf = (offset: number) => starts.filter((s0) => s0 <= offset).length - 1;
  const first = lineOf(member.offset);
  const last = lineOf(member.offset + member.length);
  if (text.slice(starts[first], member.offset).trim() !== '') return [];
  const out: { from: number; to: number; text: string }[] = [];
  const tail = text.slice(member.offset + member.length, (starts[last] as number) + (lines[last] as string).length);
  const m = /^[ \t]*(?:,[ \t]*)?(\/\/[^\r]*)\r?$/.exec(tail);
  if (m?.[1]) {
    const from = member.offset + member.length + tail.indexOf(m[1]);
    out.push({ from, to: from + m[1].length, text: m[1] });
  }
  for (let i = first - 1; i >= 0 && /^\s*\/\//.test(lines[i] as string); i--) out.push({ from: starts[i] as number, to: (starts[i] as number) + (lines[i] as string).length, text: lines[i] as string });
  return out;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9_]+/g) ?? []);

/**
 * The text with the node an edit removes or replaces blanked out, with the comments that go with it: a removed
 * member's own comments (when its whole line goes), a changed value's own comments that name a word it lost.
 */
function withoutRemoved(text: string, edit: EditRequest): string {
  const root = jsonc.parseTree(text, [], { allowTrailingComma: true });
  const node = root && jsonc.findNodeAtLocation(root, edit.path);
  if (!node) return text;
  const member = edit.remove && node.parent?.type === 'property' ? node.parent : node;
  let out = blank(text, member.offset, member.offset + member.length);
  if (edit.remove) {
    const lineEnds = /^[ \t]*(?:,[ \t]*)?(?:\/\/[^\n]*)?(?:\r?\n|$)/.test(text.slice(member.offset + member.length));
    if (lineEnds) for (const c of owned(text, member)) out = blank(out, c.from, c.to);
    return out;
  }
  let holder: jsonc.Node | undefined = node.parent?.type === 'property' ? node.parent : node;
  while (holder && text.slice(text.lastIndexOf('\n', holder.offset - 1) + 1, holder.offset).trim() !== '') holder = holder.parent?.parent?.type === 'property' ? holder.parent.parent : holder.parent;
  const now = words(JSON.stringify(edit.value));
  const lost = [...words(text.slice(node.offset, node.offset + node.length))].filter((w) => !now.has(w) && !/^\d+$/.test(w));
  for (const c of holder ? owned(text, holder) : []) if ([...words(c.text)].some((w) => lost.includes(w))) out = blank(out, c.from, c.to);
  return out;
}

/** The plain-JS expectation of an edit on a parsed value. */
function expected(value: unknown, edit: EditRequest): unknown {
  const copy = structuredClone(value ?? {}) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  const path = edit.path;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (edit.remove) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = edit.value;
  return copy;
}

/** Plans, applies and undoes an edit, checking everything that must hold for any edit; returns the new text. */
export function checkEdit(text: string, edit: EditRequest): string {
  const plan = planEdit(text, edit);
  assert.ok(plan.ok, plan.ok ? '' : plan.reason);
  const out = applyEdits(text, plan.edits);
  const parsed = parseJsonc(out);
  assert.deepEqual(parsed.errors, [], `edited text does not parse:\n${out}`);
  assert.deepEqual(parsed.value, expected(parseJsonc(text).value, edit));
  assert.deepEqual(comments(out), comments(withoutRemoved(text, edit)), 'comments outside the removed node changed');
  for (const e of plan.edits) assert.ok(e.length < text.length || text.trim() === '', 'an edit rewrites the whole file');
  assert.equal(applyEdits(out, invertEdits(text, plan.edits)), text, 'undo does not restore the original');
  return out;
}
