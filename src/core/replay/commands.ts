/**
 * Command replay (SNAPSHOT.md §1): a request matches a record by exact argv; a record whose argv[0] is a bare
 * name also matches a request whose argv[0] is any path with that base name and equal other arguments. A request
 * with no record is a command that could not be run: `error: 'ENOREPLAY'` (the probes treat it as unknown).
 * `go env -json NAME…` (the go probe names the variables it reads) is also answered by a recorded `go env -json`
 * of all variables (snapshots made before it named them), with the named ones only, as Go would print them.
 */
import type { CommandResult } from '../host/types';

export const NO_RECORD = 'ENOREPLAY';

function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

function sameRest(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => i === 0 || x === b[i]);
}

function findRecord(records: readonly CommandResult[], argv: readonly string[]): CommandResult | undefined {
  const exact = records.find((r) => r.argv.length === argv.length && r.argv.every((x, i) => x === argv[i]));
  if (exact) return exact;
  const name = baseName(argv[0] ?? '');
  return records.find((r) => {
    const first = r.argv[0] ?? '';
    return !first.includes('/') && first === name && sameRest(r.argv, argv);
  });
}

/** `go env -json A B` answered by a recorded `go env -json`: the named variables that record holds. */
function goEnvSubset(records: readonly CommandResult[], argv: readonly string[]): CommandResult | undefined {
  if (argv[1] !== 'env' || argv[2] !== '-json' || argv.length <= 3) return undefined;
  const all = findRecord(records, argv.slice(0, 3));
  if (!all || all.exitCode !== 0 || all.stdout === undefined) return all;
  try {
    const vars = JSON.parse(all.stdout) as Record<string, unknown>;
    const named = Object.fromEntries(argv.slice(3).filter((k) => Object.hasOwn(vars, k)).map((k) => [k, vars[k]]));
    return { ...all, stdout: `${JSON.stringify(named, null, '\t')}\n` };
  } catch {
    return all;
  }
}

export function replayCommand(records: readonly CommandResult[], argv: string[]): CommandResult {
  const r = findRecord(records, argv) ?? goEnvSubset(records, argv);
  if (!r) return { argv, error: NO_RECORD };
  const out: CommandResult = { argv };
  if (r.exitCode !== undefined) out.exitCode = r.exitCode;
  if (r.stdout !== undefined || r.exitCode !== undefined) out.stdout = r.stdout ?? '';
  if (r.stderr !== undefined || r.exitCode !== undefined) out.stderr = r.stderr ?? '';
  if (r.error !== undefined) out.error = r.error;
  if (r.signal !== undefined) out.signal = r.signal;
  return out;
}

