/** The launch configurations of a launch.json text (JSONC), as written. Pure. */
import { parseJsonc } from './jsonc';

/** Names and indexes of the `go` configurations of a launch.json text; none when it does not parse. */
export function goConfigs(text: string): { name: string; index: number }[] {
  const { value } = parseJsonc(text);
  const configs = (value as { configurations?: unknown } | undefined)?.configurations;
  if (!Array.isArray(configs)) return [];
  const out: { name: string; index: number }[] = [];
  configs.forEach((c: unknown, index) => {
    const o = c as { type?: unknown; name?: unknown } | null;
    if (o && o.type === 'go' && typeof o.name === 'string') out.push({ name: o.name, index });
  });
  return out;
}
