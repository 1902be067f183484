/**
 * What the Delve × macOS × Xcode × Go findings share (issue 10 items 6-7; research/failure-modes.md §2.1-2.4,
 * GROUND_TRUTH §6): version floors, the LC_UUID load command macOS 26 requires of every program it starts
 * (delve#4162, golang/go#68678), and which file dyld named when it refused one. A version newer than every row, or
 * one that cannot be parsed, never raises a finding.
 */
import { sliceFor } from '../arch/slices';
import { compareVersions, parseVersion } from '../probe/delveCompat';
import type { DarwinMachine } from '../probe/machine';
import type { TextContext } from './define';

export function below(v: string | undefined, floor: string): boolean {
  const a = parseVersion(v);
  const b = parseVersion(floor);
  return Boolean(a && b && compareVersions(a, b) < 0);
}

export function atLeast(v: string | undefined, floor: string): boolean {
  const a = parseVersion(v);
  const b = parseVersion(floor);
  return Boolean(a && b && compareVersions(a, b) >= 0);
}

/** The slice of a file that runs on this Mac has no LC_UUID (only when its load commands were read whole). */
export function noUuid(m: DarwinMachine, bin: NonNullable<DarwinMachine['dlv']['binary']> | undefined): boolean {
  const hw = m.host.hardware;
  if (!bin || !hw || bin.file.errors.length > 0) return false;
  const arch = sliceFor(bin.archs, hw);
  const slice = bin.file.slices.find((s) => s.arch === arch);
  return Boolean(slice && slice.uuid === undefined && (slice.ncmds ?? 0) > 0);
}

/**
 * `dyld[21679]: missing LC_UUID load command in /Users/x/go/bin/dlv` (delve#4162); the path may be absent. Said of
 * dlv when the path is a dlv (or the launch's dlvToolPath), else of the program.
 */
export const MISSING_LC_UUID = /missing LC_UUID load command(?: in (\S+))?/gi;

export function namesDlv(path: string, r: TextContext): boolean {
  return /(?:^|\/)dlv$/.test(path) || (path !== '' && path === r.launch.dlvToolPath);
}
