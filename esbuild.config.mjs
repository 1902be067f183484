// One build for the extension's bundles and the CLI's. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** Where the files go: dist/, or `--outdir=<dir>` (test/unit/entry/production.test.ts builds apart from dist/). */
const OUT = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) || 'dist';

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

/**
 * The extension's parts that activation does not load, as src/vscode/lazy.ts names them
 * (`name: () => import('./<path>.js')`): each its own CommonJS file, dist/extension-<name>.js, required on first use,
 * so that activation does not compile them (the same technique as the CLI's sub-commands). `engine` is all but
 * activation's registrations (src/vscode/shell.ts); its own dynamic imports (the panel, the self-test) stay inside
 * its bundle and run on first use. The `test` part (the integration tests' API) is built by `npm run build` only:
 * the production build has no test code.
 */
const LAZY_TS = path.join('src', 'vscode', 'lazy.ts');
const LAZY = [...readFileSync(LAZY_TS, 'utf8').matchAll(/(\w+): \(\) => import\('\.\/([\w/]+)\.js'\)/g)]
  .map((m) => ({ name: m[1], entry: `src/vscode/${m[2]}.ts`, spec: `./${m[2]}.js` }))
  .filter((p) => !(production && p.name === 'test'));
const lazyApart = {
  name: 'lazy-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w/]+\.js$/ }, (a) => {
      if (a.kind !== 'dynamic-import' || !a.importer.endsWith(LAZY_TS)) return undefined;
      const part = LAZY.find((p) => p.spec === a.path);
      // A part left out of this build (production's `test`): a file that does not exist, so loading it fails.
      return { path: `./extension-${part?.name ?? 'test'}.js`, external: true };
    });
  },
};

// The CLI's dynamic imports become require() calls (esbuild's `dynamic-import: false`): its files stay CommonJS
// throughout, and nothing starts Node's ES module loader.
const node = { ...common, supported: { 'dynamic-import': false } };

const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: `${OUT}/extension.js`, external: ['vscode'], plugins: [lazyApart] },
  ...LAZY.map((p) => ({ ...node, entryPoints: [p.entry], outfile: `${OUT}/extension-${p.name}.js`, external: ['vscode'] })),
  { ...node, entryPoints: ['src/cli.ts'], outfile: `${OUT}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [subcommandsApart] },
  ...SUBCOMMANDS.map((name) => ({ ...node, entryPoints: [`src/cli/${name}.ts`], outfile: `${OUT}/cli-${name}.js` })),
];

// A part an earlier build made and this one does not (production after `npm run build`: the test API) goes.
for (const f of existsSync(OUT) ? readdirSync(OUT) : []) {
  const m = /^extension-(\w+)\.js(\.map)?$/.exec(f);
  if (m && !LAZY.some((p) => p.name === m[1])) rmSync(path.join(OUT, f), { force: true });
}

const webview = 'src/webview/main.ts';
if (existsSync(webview)) {
  builds.push({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: [webview], outfile: `${OUT}/webview.js` });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
