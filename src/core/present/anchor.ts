/**
 * Where a finding is shown: the JSON node that causes it. Pure (no `vscode` import) so that it runs under plain
 * mocha: a finding in, JSON paths out; diagnostics.ts turns them into ranges in real files.
 */
import type { EditFix, Finding, Fix, SettingsScope } from '../report/types';

export type JsonPath = (string | number)[];

export type Anchor =
  | { file: 'launch.json'; path: JsonPath }
  | { file: 'settings.json'; path: JsonPath; scope?: SettingsScope }
  /** A dev container's devcontainer.json (by its absolute path), a node in it. */
  | { file: 'devcontainer.json'; filePath: string; path: JsonPath }
  /** A line of a file that is not JSON: a Dockerfile's FROM, a compose file's `platform:` (1-based). */
  | { file: 'line'; filePath: string; line: number };

/** Attributes of the launched configuration that a code names, relative to the configuration. */
const LAUNCH_ATTRIBUTE: Record<string, JsonPath> = {
  'launch-native-backend': ['backend'],
  'launch-unknown-backend': ['backend'],
  'launch-goarch-override': ['env', 'GOARCH'],
};

/** Settings that a code names (settings.json paths start at the setting key). */
const SETTING: Record<string, JsonPath> = {
  'settings-goarch-override': ['go.toolsEnvVars', 'GOARCH'],
  'settings-alternate-dlv-invalid': ['go.alternateTools', 'dlv'],
  'liblldb-stale-path': ['goLldbDoctor.lldbPaths'],
};

function editFixes(f: Finding): EditFix[] {
  return f.fixes.filter((x): x is EditFix => x.kind === 'edit');
}

function fromFix(fix: EditFix): Anchor | undefined {
  const e = fix.edit;
  if (e.file === 'launch.json') return { file: 'launch.json', path: e.path };
  if (e.file === 'settings.json') return { file: 'settings.json', path: e.path, ...(e.scope ? { scope: e.scope } : {}) };
  return containerAnchor(fix);
}

/**
 * Where a container cause is fixed: the devcontainer.json node an edit changes, else the line of the Dockerfile
 * or compose file a step changes (`at`). Container causes sit there, not on a launch configuration's name (which
 * may not exist: without a launch.json they were not in Problems at all).
 */
function containerAnchor(fix: Fix): Anchor | undefined {
  if (fix.kind === 'edit' && fix.edit.file === 'devcontainer.json' && fix.edit.filePath) return { file: 'devcontainer.json', filePath: fix.edit.filePath, path: fix.edit.path };
  if (fix.kind !== 'command' && fix.at) return { file: 'line', filePath: fix.at.filePath, line: fix.at.line };
  return undefined;
}

/** The configuration itself: its `name` (nodeRange highlights the name of ["configurations", i]). */
export function configAnchor(configIndex: number): Anchor {
  return { file: 'launch.json', path: ['configurations', configIndex] };
}

/**
 * The anchors of a finding, best first; the caller uses the first one it can find in a file and falls back to
 * the launched configuration's name. A value that is wrong in itself (launch/settings components, or a fix
 * that removes it) is anchored on that value; everything else is a machine-level finding.
 */
export function anchorsFor(f: Finding, configIndex: number | undefined): Anchor[] {
  const out: Anchor[] = [];
  const fixes = editFixes(f);
  const inPlace = f.component === 'launch' || f.component === 'settings';
  for (const fix of f.fixes) {
    const container = containerAnchor(fix);
    if (container) out.push(container);
  }
  for (const fix of fixes) {
    const a = fix.edit.remove || inPlace ? fromFix(fix) : undefined;
    if (a) out.push(a);
  }
  const attr = LAUNCH_ATTRIBUTE[f.code];
  if (attr && configIndex !== undefined) out.push({ file: 'launch.json', path: ['configurations', configIndex, ...attr] });
  const setting = SETTING[f.code];
  if (setting) out.push({ file: 'settings.json', path: setting });
  if (configIndex !== undefined) out.push(configAnchor(configIndex));
  return dedupe(out);
}

function dedupe(anchors: Anchor[]): Anchor[] {
  const seen = new Set<string>();
  return anchors.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The fix a quick fix list should mark preferred: the first edit fix (rules list the best fix first). */
export function preferredFixIndex(f: Finding): number | undefined {
  const i = f.fixes.findIndex((x) => x.kind === 'edit');
  return i >= 0 ? i : undefined;
}

/** Shortens a JSON path to the prefixes to try when the exact node is absent (env.GOARCH set via envFile). */
export function prefixes(path: JsonPath, min: number): JsonPath[] {
  const out: JsonPath[] = [];
  for (let n = path.length; n >= Math.max(1, min); n--) out.push(path.slice(0, n));
  return out;
}
