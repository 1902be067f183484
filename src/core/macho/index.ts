/**
 * The Mach-O reader: what CPU each binary is for, from headers and load commands only, with bounded reads and
 * typed errors instead of exceptions.
 */
export type * from './types';
export { readMachO, type ReadOptions } from './reader';
export { inspectPath } from './fileSource';
export { fileByteSource, fdByteSource, type FileByteSource } from '../io/byteSource';
export { bufferByteSource } from './memorySource';
export { toInspectJson, type InspectJson, type InspectSliceJson } from './json';
export { DEFAULT_SLICE_BUDGET, FILE_COMMAND_BYTES, FILE_MAX_COMMANDS, MAX_BUILDINFO_BYTES, MAX_FAT_TABLE_BYTES } from './limits';
export { versionString, platformName } from './commands';
export { filetypeName } from './header';
export { fileProblem, formatInspect } from './format';
export { recordReads, extentSource, mergeExtents, type Extent } from './recording';
export { MACHO_ERROR_CODES, type MachOErrorCode } from './errors';
