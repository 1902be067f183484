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

/** The text with the node an edit removes or replaces blanked out (its own comments go with it; no others may). */
function withoutRemoved(text: string, edit: EditRequest): string {
  const root = jsonc.parseTree(text, [], { allowTrailingComma: true });
  const node = root && jsonc.findNodeAtLocation(root, edit.path);
  if (!node) return text;
  const member = edit.remove && node.parent?.type === 'property' ? node.parent : node;
  return text.slice(0, member.offset) + ' '.repeat(member.length) + text.slice(member.offset + member.length);
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
