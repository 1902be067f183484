/**
 * The parts of the extension that a Go debug start (F5) does not use, loaded on first use: activation compiles the
 * preflight, the DAP watch, Problems and the status bar, and nothing else (issue 17 §7). esbuild.config.mjs reads
 * the `name: () => import('./<path>.js')` lines below and builds each part into its own file,
 * dist/extension-<name>.js (as it does for the CLI's sub-commands in src/cli/main.ts); the main bundle requires it
 * when the loader is first called. A part holds no state that the main bundle reads except through the objects it
 * is given (the language is shared through globalThis: src/core/i18n).
 *
 * A new part is one line here: the self-test (`goLldbDoctor.selftest`, src/vscode/selftest/) plugs in as
 * `selftest: () => import('./selftest/<entry>.js')` and its command calls `lazy.selftest()`.
 */
export const lazy = {
  /** The report panel (webview, its messages, the fixes it applies). */
  panel: () => import('./panel/panel.js'),
  /** "Export Snapshot": capture of this machine into a folder. */
  snapshotExport: () => import('./commands/snapshotExport.js'),
  /** "Explain Debug Error": a pasted error read alone. */
  explain: () => import('./commands/explain.js'),
  /** The integration tests' API (ExtensionMode.Test only); the production build has no such file. */
  test: () => import('./test/testApi.js'),
};
