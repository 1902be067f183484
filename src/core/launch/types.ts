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
}

export type EditPlan = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };
