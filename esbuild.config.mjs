// One build for the extension bundle and the CLI. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  sourcesContent: false,
  minify: production,
  logLevel: process.argv.includes('--verbose') ? 'info' : 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD `main` requires './impl/format' dynamically, which a bundle cannot resolve at run time:
  // prefer the packages' ES module builds.
  mainFields: ['module', 'main'],
};

/** execa (about half of the extension bundle) is only needed when a probe runs a command, and core/host/live.ts
 * imports it dynamically: keep it in its own file, dist/execa.js, so that activation does not even compile it. */
const execaApart = {
  name: 'execa-apart',
  setup(b) {
    b.onResolve({ filter: /^execa$/ }, () => ({ path: './execa.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [execaApart] },
  { ...common, entryPoints: ['execa'], outfile: 'dist/execa.js' },
  // The CLI (`bin`: dist/cli.mjs) as ES modules split at its dynamic imports (chunks in dist/cli/), so that a
  // sub-command loads only its own code: `inspect` reads none of the diagnosis, snapshot or explain modules.
  {
    ...common, format: 'esm', splitting: true, entryPoints: ['src/cli.ts'], outdir: 'dist', outExtension: { '.js': '.mjs' },
    chunkNames: 'cli/[name]-[hash]',
    // Bundled CommonJS dependencies may call require(): give the ES module one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __gldRequire } from 'node:module'; const require = __gldRequire(import.meta.url);" },
  },
];

// `node dist/cli.js` (0.1.0's path) still works: a CommonJS stub that starts dist/cli.mjs. Going through it costs
// a CommonJS start before the ES module one; `bin` points at dist/cli.mjs directly.
const CLI_STUB = "#!/usr/bin/env node\n'use strict';\n// The CLI is dist/cli.mjs (ES modules, split per sub-command): see esbuild.config.mjs.\nimport('./cli.mjs');\n";

const webview = 'src/webview/main.ts';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
if (existsSync(webview)) {
  builds.push({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: [webview], outfile: 'dist/webview.js' });
}

mkdirSync('dist', { recursive: true });
rmSync('dist/cli', { recursive: true, force: true }); // chunk names change with their content
writeFileSync('dist/cli.js', CLI_STUB, { mode: 0o755 });

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.mjs', 0o755);
}
