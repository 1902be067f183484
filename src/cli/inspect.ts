// Placeholder until the inspect command lands; replaced by its owner.
import type { Io } from './io';

export async function runInspect(_args: string[], io: Io): Promise<number> {
  io.err('go-lldb-doctor: inspect is not implemented yet\n');
  return 2;
}
