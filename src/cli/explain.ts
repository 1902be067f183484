// Placeholder until the explain command lands; replaced by its owner.
import type { Io } from './io';

export async function runExplain(_args: string[], io: Io): Promise<number> {
  io.err('go-lldb-doctor: explain is not implemented yet\n');
  return 2;
}
