// Placeholder until the diagnose command lands; replaced by its owner.
import type { Io } from './io';

export async function runDiagnose(_args: string[], io: Io): Promise<number> {
  io.err('go-lldb-doctor: diagnose is not implemented yet\n');
  return 2;
}
