// Placeholder until the snapshot command lands; replaced by its owner.
import type { Io } from './io';

export async function runSnapshot(_args: string[], io: Io): Promise<number> {
  io.err('go-lldb-doctor: snapshot is not implemented yet\n');
  return 2;
}
