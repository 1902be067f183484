/**
 * The parts of the extension that activation does not load (issue 17 §7), each loaded on first use.
 * esbuild.config.mjs reads the `name: () => import('./<path>.js')` lines below and builds each part into its own
 * file, dist/extension-<name>.js (as it does for the CLI's sub-commands in src/cli/main.ts), which the activation
 * bundle requires when the loader is first called. A part holds no state that activation reads except through the
 * objects it is given (the language is shared through globalThis: src/core/i18n).
 *
 * The engine is everything but activation's own registrations (src/vscode/shell.ts): the preflight (probes, rules,
 * finding modules, the catalogue), the DAP watch and classifier, the commands, and, evaluated on their first use
 * inside the engine's bundle, the report panel and the self-test. One bundle, not several: a bundle shares no code
 * with another, and the panel, export or self-test apart would each ship the engine's code again (the .vsix went
 * from under 300 KB to 327 KB when export was a part of its own).
 */
export const lazy = {
  /** DoctorContext and all it uses: loaded at the first debug start, tracker, command or panel restore. */
  engine: () => import('./context.js'),
  /** The integration tests' API (ExtensionMode.Test only); the production build has no such file. */
  test: () => import('./test/testApi.js'),
};
