/**
 * The ELF reader: what CPU a Linux binary is for, which loader it asks for, and its Go build info, from headers
 * only, with bounded reads and typed errors instead of exceptions (the Linux twin of src/core/macho).
 */
export type * from './types';
export { readElf } from './reader';
export { inspectElfPath } from './file';
export { formatElf } from './format';
