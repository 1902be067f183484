/**
 * Which Go versions each Delve release supports: Delve refuses a target built by a Go outside
 * [MinSupportedVersionOfGo, MaxSupportedVersionOfGo] with "Go version X is too old for this version of Delve" or
 * "Version of Delve is too old for Go version X"; with `--check-go-version=false` it only prints
 * "WARNING: undefined behavior - …" and goes on (pkg/goversion/compat.go, `Compatible`).
 *
 * Source: go-delve/delve pkg/goversion/compat.go read at every tag from v1.3.0 to v1.27.1 (Min/
 * MaxSupportedVersionOfGoMinor; `git show <tag>:pkg/goversion/compat.go` in the mirror). The window can change
 * in a patch release (1.25.0 still stops at Go 1.24; 1.25.1 reaches 1.25), so the table is per first tag.
 * A Delve newer than the table's last release line is assumed compatible (never a false alarm).
 */
interface DelveWindow {
  /** The first Delve release with this window (major.minor.patch). */
  from: string;
  minGo: number;
  maxGo: number;
}

const DELVE_GO_WINDOWS: readonly DelveWindow[] = [
  { from: '1.3.0', minGo: 10, maxGo: 13 }, { from: '1.3.2', minGo: 11, maxGo: 13 },
  { from: '1.4.0', minGo: 11, maxGo: 14 }, { from: '1.4.1', minGo: 12, maxGo: 14 },
  { from: '1.5.0', minGo: 12, maxGo: 15 }, { from: '1.5.1', minGo: 13, maxGo: 15 },
  { from: '1.6.0', minGo: 13, maxGo: 16 }, { from: '1.6.1', minGo: 14, maxGo: 16 },
  { from: '1.7.0', minGo: 15, maxGo: 17 },
  { from: '1.8.0', minGo: 16, maxGo: 18 },
  { from: '1.9.0', minGo: 16, maxGo: 19 }, { from: '1.9.1', minGo: 17, maxGo: 19 },
  { from: '1.20.0', minGo: 18, maxGo: 20 },
  { from: '1.21.0', minGo: 18, maxGo: 21 }, { from: '1.21.1', minGo: 19, maxGo: 21 },
  { from: '1.22.0', minGo: 19, maxGo: 22 },
  { from: '1.23.0', minGo: 21, maxGo: 23 },
  { from: '1.24.0', minGo: 21, maxGo: 24 },
  // v1.25.0 did not raise the maximum: Go 1.25 needs Delve 1.25.1 (compat.go at v1.25.0 and v1.25.1).
  { from: '1.25.0', minGo: 21, maxGo: 24 }, { from: '1.25.1', minGo: 22, maxGo: 25 },
  { from: '1.26.0', minGo: 24, maxGo: 26 },
  { from: '1.27.0', minGo: 25, maxGo: 27 },
];

/** Native darwin/arm64 debugging arrived in Delve v1.6.0 (CHANGELOG 1.6.0). */
export const FIRST_ARM64_DELVE = '1.6.0';

export function parseVersion(v: string | undefined): number[] | undefined {
  const m = /(?<!\d)(\d+)\.(\d+)(?:\.(\d+))?/.exec(v ?? '');
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Go minor from "go1.22.3" / "1.22" / "go1.23rc1"; undefined for devel builds. */
export function goMinor(goVersion: string | undefined): number | undefined {
  if (!goVersion || goVersion.includes('devel')) return undefined;
  const m = /^(?:go)?1\.(\d+)/.exec(goVersion.trim());
  return m ? Number(m[1]) : undefined;
}

export type Compat = { ok: true } | { ok: false; problem: 'dlv-too-old' | 'go-too-old'; window: DelveWindow };

/** The window of a Delve version; undefined for a release line newer (or older) than the table. */
function delveWindow(delveVersion: string | undefined): DelveWindow | undefined {
  const dv = parseVersion(delveVersion);
  if (!dv || dv[0] !== 1) return undefined;
  const line = (w: DelveWindow) => (parseVersion(w.from) as number[])[1];
  let found: DelveWindow | undefined;
  for (const w of DELVE_GO_WINDOWS) if (compareVersions(parseVersion(w.from) as number[], dv) <= 0) found = w;
  return found && line(found) === dv[1] ? found : undefined;
}

export function delveSupportsGo(delveVersion: string | undefined, goVersion: string | undefined): Compat | undefined {
  const minor = goMinor(goVersion);
  const window = delveWindow(delveVersion);
  if (!window || minor === undefined) return undefined;
  if (minor > window.maxGo) return { ok: false, problem: 'dlv-too-old', window };
  if (minor < window.minGo) return { ok: false, problem: 'go-too-old', window };
  return { ok: true };
}
