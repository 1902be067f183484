/**
 * Which Go versions each Delve release supports: Delve refuses a target built by a Go outside
 * [MinSupportedVersionOfGo, MaxSupportedVersionOfGo] with "Go version X is too old for this version of Delve" or
 * "Version of Delve is too old for Go version X" (pkg/goversion/compat.go, `Compatible`). Each release supports
 * about the last three Go minor versions.
 *
 * Source: go-delve/delve pkg/goversion/compat.go at each release (Min/MaxSupportedVersionOfGoMinor), and the
 * CHANGELOG's "Go 1.N support" / "Drop official Go 1.N support" entries; cross-checked with vscode-go's
 * docs/compatibility.md (last Delve for go1.20 is v1.22.1, for go1.19 v1.21.2, for go1.18 v1.20.x).
 * Releases newer than the table are assumed compatible (never a false alarm).
 */
interface DelveWindow {
  /** Delve major.minor. */
  delve: string;
  minGo: number;
  maxGo: number;
}

const DELVE_GO_WINDOWS: readonly DelveWindow[] = [
  { delve: '1.3', minGo: 11, maxGo: 13 },
  { delve: '1.4', minGo: 12, maxGo: 14 },
  { delve: '1.5', minGo: 13, maxGo: 15 },
  { delve: '1.6', minGo: 14, maxGo: 16 },
  { delve: '1.7', minGo: 15, maxGo: 17 },
  { delve: '1.8', minGo: 16, maxGo: 18 },
  { delve: '1.9', minGo: 17, maxGo: 19 },
  { delve: '1.20', minGo: 18, maxGo: 20 },
  { delve: '1.21', minGo: 19, maxGo: 21 },
  { delve: '1.22', minGo: 20, maxGo: 22 },
  { delve: '1.23', minGo: 21, maxGo: 23 },
  { delve: '1.24', minGo: 21, maxGo: 24 },
  { delve: '1.25', minGo: 21, maxGo: 25 },
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

export function delveSupportsGo(delveVersion: string | undefined, goVersion: string | undefined): Compat | undefined {
  const dv = parseVersion(delveVersion);
  const minor = goMinor(goVersion);
  if (!dv || minor === undefined || dv[0] !== 1) return undefined;
  const window = DELVE_GO_WINDOWS.find((w) => w.delve === `${dv[0]}.${dv[1]}`);
  if (!window) return undefined;
  if (minor > window.maxGo) return { ok: false, problem: 'dlv-too-old', window };
  if (minor < window.minGo) return { ok: false, problem: 'go-too-old', window };
  return { ok: true };
}
