// One build for the extension bundle and the CLI. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** The CLI's sub-commands, as src/cli/main.ts imports them on demand (`import('./inspect.js')`). */
const SUBCOMMANDS = [...readFileSync('src/cli/main.ts', 'utf8').matchAll(/import\('\.\/(\w+)\.js'\)/g)].map((m) => m[1]);

/** Each sub-command in its own CommonJS file, dist/cli-<name>.js, required when asked for: `inspect` of one file
 * compiles the Mach-O reader and nothing else (ES module chunks would share code, but Node's ES module loader costs
 * more at start-up than the code it saves). main.ts holds no state a sub-command reads. */
const subcommandsApart = {
  name: 'subcommands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/\w+\.js$/ }, (a) =>
      a.kind === 'dynamic-import' && a.importer.endsWith(path.join('src', 'cli', 'main.ts'))
        ? { path: `./cli-${a.path.slice(2)}`, external: true }
        : undefined,
    );
  },
};

// The CLI's dynamic imports become require() calls (esbuild's `dynamic-import: false`): its files stay CommonJS
// throughout, and nothing starts Node's ES module loader.
const node = { ...common, supported: { 'dynamic-import': false } };

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [subcommandsApart] },
  ...SUBCOMMANDS.map((name) => ({ ...node, entryPoints: [`src/cli/${name}.ts`], outfile: `dist/cli-${name}.js` })),
];

const webview = 'src/webview/main.ts';
if (existsSync(webview)) {
  builds.push({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: [webview], outfile: 'dist/webview.js' });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
