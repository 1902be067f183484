/** Pure launch.json / settings.json reading and edit planning (text in, edits out). */
export { parseJsonc, nodeRange, lineColumn } from './jsonc';
export { findConfigIndex } from './configs';
export type { JsonPath } from './jsonc';
export { planEdit, applyEdits, invertEdits } from './edit';
export type { TextEdit, EditRequest } from './types';
export { detectFormatting } from './format';
