/** The shapes of edit planning, apart from the code, so that planning and its parts import them without a cycle. */
import type { JsonPath } from './jsonc';

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

export interface EditRequest {
  path: JsonPath;
  value?: unknown;
  remove?: true;
  /**
   * The path ends in an index of an existing array (0 … its length): `value` becomes that element, the ones from
   * there on move up by one; nothing else of the array is rewritten.
   */
  insert?: true;
}

export type EditPlan = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };
