/**
 * Every string of a machine.json that can name a file the probes open, and so a file a capture writes under
 * `root/` (issue #16 item 10): execPath, each command's program, every env value (PATH, GOROOT, …), the workspace
 * folder, every setting of every scope, and every value of the launch configuration, inline or inside
 * `vscode.launchJson`. A path component longer than a file name may be is refused when the snapshot is read, in
 * the one-line error of the other fields, instead of a diagnosis now and ENAMETOOLONG at the next capture. One
 * walk for all: a value added under these fields is covered by it, not by a new check beside it.
 */
import { parseJsonText } from '../launch/jsonText';

/** Longest path component a snapshot may name: 255 bytes less room for the `.sparse.json` suffix. */
export const MAX_COMPONENT_BYTES = 255 - '.sparse.json'.length;

/** Launch attributes that are free text or flags, never a file (vscode-go's package.json, "debuggers"). */
const NOT_PATHS = new Set(['name', 'type', 'request', 'mode', 'args', 'buildFlags', 'dlvFlags', 'preLaunchTask', 'postDebugTask', 'console', 'logOutput', 'trace', 'backend', 'apiVersion', 'showLog']);

export interface LongPath {
  /** Where the string is in machine.json (for the `file:line:column` of the error). */
  at: (string | number)[];
  /** The field named in the message (inside launchJson: its own path within that text). */
  field: string;
}

function longComponent(p: string): boolean {
  return p.split('/').some((c) => Buffer.byteLength(c) > MAX_COMPONENT_BYTES);
}

/** The first string under `root` (any depth, walked without recursion) with a component too long, as its key path. */
function firstLong(root: unknown): (string | number)[] | undefined {
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, (string | number)[]];
    if (typeof v === 'string') {
      if (longComponent(v)) return at;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...at, i]]);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v).reverse()) if (!NOT_PATHS.has(k)) stack.push([x, [...at, k]]);
    }
  }
  return undefined;
}

/** The configurations of a launch.json text (JSON or JSONC); none when it does not parse (input.ts says why). */
function launchJsonConfigs(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  const parsed = parseJsonText(text, 'launch.json', { jsonc: true });
  return parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as { configurations?: unknown }).configurations : undefined;
}

/** The first path field of a (type-checked) machine.json with a component too long for a file name. */
export function longPathField(m: Record<string, unknown>): LongPath | undefined {
  const v = (m.vscode ?? {}) as Record<string, unknown>;
  const cmds = Array.isArray(m.commands) ? m.commands.map((c: { argv: string[] }) => c.argv[0]) : [];
  const fields: [(string | number)[], unknown][] = [
    [['execPath'], m.execPath], [['commands'], cmds], [['env'], m.env], [['vscode', 'workspaceFolder'], v.workspaceFolder],
    [['vscode', 'settings'], v.settings], [['vscode', 'settingsByScope'], v.settingsByScope], [['vscode', 'launch'], v.launch],
  ];
  for (const [base, value] of fields) {
    const rel = firstLong(value);
    if (!rel) continue;
    const at = base[0] === 'commands' ? ['commands', rel[0] as number, 'argv', 0] : [...base, ...rel];
    return { at, field: at.join('.') };
  }
  const inLaunchJson = firstLong(launchJsonConfigs(v.launchJson));
  if (inLaunchJson) return { at: ['vscode', 'launchJson'], field: ['vscode.launchJson', 'configurations', ...inLaunchJson].join('.') };
  return undefined;
}
