/**
 * The program Delve is given to run (mode exec, or attach to a process whose executable is known), shared by
 * target-not-executable and target-arch-mismatch: the file's own slices decide (GROUND_TRUTH §2: "not an executable
 * file", "unsupported architecture of darwin/<cpu>").
 */
import type { Machine } from '../probe/machine';
import { goCmd, q } from './fixes';

/** The program and its slices when Delve runs a given file; undefined when it builds the program itself. */
export function execTarget(m: Machine): { program: string; binary: Machine['target']['binary'] } | undefined {
  const tg = m.target;
  if ((tg.mode !== 'exec' && tg.mode !== 'attach') || !tg.program) return undefined;
  return { program: tg.program, binary: tg.binary };
}

/** A Mach-O file Delve can load: not missing, a Mach-O, with slices. */
export function isMachO(b: Machine['target']['binary']): boolean {
  return Boolean(b && b.file.format !== 'not-macho' && b.file.slices.length > 0);
}

/** The command that rebuilds the program for this Mac, with debug info. */
export function rebuildCmd(m: Machine, program: string): string {
  return `env -u GOARCH -u GOOS ${goCmd(m)} build -gcflags='all=-N -l' -o ${q(program)} .`;
}
