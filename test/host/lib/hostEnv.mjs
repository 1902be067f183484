// The environment of the VS Code host, inherited by its extension host: a private HOME/XDG/Go setup inside the run
// folder, and the GLD_TEST_* variables the suite reads (test/integration/support/env.ts).
import path from 'node:path';

/**
 * @param {import('./runFolder.mjs').RunFolder} f
 * @param {import('./options.mjs').RunSpec} run
 * @param {import('./options.mjs').Options} opts
 */
export function hostEnv(f, run, opts) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VSCODE_|ELECTRON_|GLD_TEST_|npm_)/.test(k)),
  );
  return {
    ...env,
    HOME: f.home,
    XDG_CONFIG_HOME: path.join(f.home, '.config'),
    XDG_DATA_HOME: path.join(f.home, '.local/share'),
    XDG_CACHE_HOME: path.join(f.home, '.cache'),
    XDG_STATE_HOME: path.join(f.home, '.local/state'),
    // Go: no network, a build cache shared by the runs (a cold build of the debuggee with -N -l takes ~20 s).
    GOCACHE: f.goCache,
    GOPATH: path.join(f.home, 'go'),
    GOPROXY: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    // code-server's extension gallery defaults to open-vsx.org: none, so the host makes no outside request.
    EXTENSIONS_GALLERY: '{}',
    GLD_TEST_RESULTS: f.results,
    GLD_TEST_RUN: JSON.stringify({ name: run.name, trusted: run.trust, workspace: run.workspace }),
    GLD_TEST_GREP: run.grep ?? '',
    GLD_TEST_GREP_INVERT: run.invert ? '1' : '',
    GLD_TEST_TIMEOUT_MS: String(opts.testTimeoutMs),
    GLD_TEST_USER_DATA_DIR: f.userData,
  };
}
