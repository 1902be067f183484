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

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const webview = 'src/webview/main.ts';
import { existsSync } from 'node:fs';
if (existsSync(webview)) {
  builds.push({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: [webview], outfile: 'dist/webview.js' });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
