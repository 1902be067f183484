/** Pure launch.json / settings.json reading and edit planning (text in, edits out). */
export { parseJsonc, findConfigIndex, nodeRange, lineColumn } from './jsonc';
export type { JsonPath } from './jsonc';
export { planEdit, applyEdits } from './edit';
export type { TextEdit } from './types';
