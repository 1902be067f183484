/**
 * Flags the launch configuration passes to dlv (`dlvFlags`, vscode-go's goDebugFactory appends them to
 * `dlv dap`). Delve parses them with cobra/pflag: a boolean flag is switched off only as `--name=<false>` where
 * <false> is what strconv.ParseBool reads as false; `--name false` sets it true and leaves "false" as an argument.
 */
import type { Machine } from '../probe/machine';

const FALSE = new Set(['false', '0', 'f', 'F', 'FALSE', 'False']);

/** The launch's `dlvFlags` switch off the boolean flag `name` (e.g. `check-go-version`). */
export function dlvFlagOff(m: Machine, name: string): boolean {
  const flags = m.launch.config?.dlvFlags;
  if (!Array.isArray(flags)) return false;
  const prefix = `--${name}=`;
  return flags.some((f) => typeof f === 'string' && f.startsWith(prefix) && FALSE.has(f.slice(prefix.length)));
}
