/**
 * The Mach-O reader: what CPU each binary is for, from headers and load commands only, with bounded reads and
 * typed errors instead of exceptions.
 */
export type * from './types';
export { readMachO } from './reader';
export { inspectPath } from './fileSource';
export { toInspectJson } from './json';
export { fileProblem, formatInspect } from './format';
