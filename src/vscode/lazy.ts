/**
 * The parts of the extension that a Go debug start (F5) does not use, loaded on first use (issue 17 §7).
 * esbuild.config.mjs reads the `name: () => import('./<path>.js')` lines below and builds each part into its own
 * file, dist/extension-<name>.js (as it does for the CLI's sub-commands in src/cli/main.ts), which the main bundle
 * requires when the loader is first called. A part holds no state that the main bundle reads except through the
 * objects it is given (the language is shared through globalThis: src/core/i18n).
 *
 * Snapshot export and explain are not parts: all but ~10 KB (export) and ~1 KB (explain) of their code is the
 * engine F5 needs, so apart they would ship that engine twice (the .vsix went from under 300 KB to 327 KB) to save
 * activation almost nothing. A bundle shares no code with another: a part pays off when most of its code is its own.
 *
 * A new part is one line here, and its command calls `lazy.<name>()`. The self-test is not a part for the same
 * reason: its DAP client and stages are ~30 KB of its own beside the engine it shares; as a part it shipped that
 * engine again (85 KB more in the .vsix, over its budget). commands.ts imports it dynamically instead, which esbuild
 * keeps in the main bundle but evaluates only on the command's first use.
 */
export const lazy = {
  /** The report panel (webview, its messages, the fixes it applies). */
  panel: () => import('./panel/panel.js'),
  /** The integration tests' API (ExtensionMode.Test only); the production build has no such file. */
  test: () => import('./test/testApi.js'),
};
