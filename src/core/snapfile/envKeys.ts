/**
 * THE list of environment keys a diagnosis reads (SNAPSHOT.md §1), and therefore the only keys a snapshot keeps in
 * the host env and in every env-like map (launch `env`, envFile, go.toolsEnvVars, `go env -json`, a dev
 * container's containerEnv/remoteEnv). The probes and rules read the env of dlv and of `go env` through the
 * KeptEnv type below, so a rule that reads a key missing here does not typecheck, and capture cannot forget it
 * (issue 20 item 11: GOEXPERIMENT, read by the DWARF 5 rules, was lost by every replay).
 */
const SNAPSHOT_ENV_KEYS = [
  'PATH', 'HOME', 'SHELL', 'GOPATH', 'GOBIN', 'GOROOT', 'GOARCH', 'GOOS', 'GOFLAGS', 'CGO_ENABLED', 'GOTOOLCHAIN',
  'GOVERSION', 'GOHOSTARCH', 'GOHOSTOS', 'GOEXPERIMENT', 'GOMOD', 'GOWORK', 'DEVELOPER_DIR', 'DELVE_DEBUGSERVER_PATH', 'LLDB_DEBUGSERVER_PATH',
  'DYLD_INSERT_LIBRARIES', 'DYLD_LIBRARY_PATH', 'DYLD_FALLBACK_LIBRARY_PATH',
  // Linux: the markers VS Code's Dev Containers and Codespaces set (docs/SNAPSHOT.md, Linux section).
  'REMOTE_CONTAINERS', 'CODESPACES',
] as const;

export type EnvKey = (typeof SNAPSHOT_ENV_KEYS)[number];

const KEYS = new Set<string>(SNAPSHOT_ENV_KEYS);

/**
 * The keys of the list that are `go env` variables: what the go probe asks `go env -json` for by name. Naming
 * them skips the costly part of `go env` (the cgo flags, GOGCCFLAGS: 100-300 ms here against a few ms), which the
 * F5 budget and the self-test pay otherwise. A name this Go does not know prints as "" (GOTOOLCHAIN before 1.21).
 */
export const GO_ENV_KEYS: readonly EnvKey[] = SNAPSHOT_ENV_KEYS.filter((k) => k.startsWith('GO') || k === 'CGO_ENABLED');

export function isEnvKey(k: string): k is EnvKey {
  return KEYS.has(k);
}

/** An env-like map as the rules see it: only the keys of SNAPSHOT_ENV_KEYS can be named. */
export type KeptEnv<V> = Partial<Record<EnvKey, V>>;

/** The entries of `map` whose key is in the list (what a diagnosis may read, live or replayed). */
export function keptKeysOf<V>(map: Readonly<Record<string, V>>): KeptEnv<V> {
  const out: KeptEnv<V> = {};
  for (const [k, v] of Object.entries(map)) if (isEnvKey(k)) out[k] = v;
  return out;
}

/**
 * The Go build settings (`build\tKEY=VALUE` of a binary's build info, `go version -m`) a diagnosis reads: dlv.ts
 * (GOARCH), the inspect output (GOOS, GOARCH, CGO_ENABLED, -ldflags), the DWARF rules (GOEXPERIMENT).
 */
export const BUILD_SETTING_KEYS = [
  'GOOS', 'GOARCH', 'CGO_ENABLED', 'GOEXPERIMENT', 'GOAMD64', 'GOARM', 'GOARM64', '-ldflags', '-gcflags', '-trimpath', '-buildmode', '-compiler',
] as const;
