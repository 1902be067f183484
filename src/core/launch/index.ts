/** Pure launch.json / settings.json reading and edit planning (text in, edits out). */
export { parseJsonc, nodeRange, lineColumn } from './jsonc';
export { findConfigIndex } from './configs';
export type { JsonPath } from './jsonc';
export { planEdit, applyEdits } from './edit';
export type { TextEdit } from './types';
