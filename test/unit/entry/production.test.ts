/**
 * The production build (`npm run build:production`, what the .vsix ships) against the development one (`npm run
 * build`, dist/, which npm test runs first): the integration tests' API is a test-only bundle that production
 * leaves out, and activation's bundle holds what a Go debug start needs and not the parts loaded on first use
 * (src/vscode/lazy.ts: the report panel). Read from each bundle's source map, whose `sources`
 * list every module esbuild put in it, and from the text, where a minifier keeps property names.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../../..');

/** The test API's own members: no product code names them. */
const TEST_ONLY = ['panelPost', 'nextRender', 'lastConfigName'];

function sources(dir: string, file: string): string[] {
  const map = JSON.parse(readFileSync(path.join(dir, `${file}.map`), 'utf8')) as { sources: string[] };
  return map.sources.map((s) => path.relative(repo, path.resolve(dir, s)));
}

describe('production build: no test code, activation loads only what F5 needs', function () {
  this.timeout(120_000);
  let out = '';

  before(() => {
    out = mkdtempSync(path.join(tmpdir(), 'gld-production-'));
    const r = spawnSync(process.execPath, ['esbuild.config.mjs', '--production', `--outdir=${out}`], { cwd: repo, encoding: 'utf8', timeout: 110_000 });
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('the development build has the test entry, with the names this test looks for (the check can fail)', () => {
    const dev = path.join(repo, 'dist');
    assert.ok(existsSync(path.join(dev, 'extension-test.js')), 'dist/extension-test.js is missing: run npm run build first');
    const text = readFileSync(path.join(dev, 'extension-test.js'), 'utf8');
    for (const name of TEST_ONLY) assert.ok(text.includes(name), name);
    assert.ok(sources(dev, 'extension-test.js').includes('src/vscode/test/testApi.ts'));
  });

  it('the production build has no test entry and no file that names a test-only member', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.js'));
    assert.ok(files.includes('extension.js'));
    assert.ok(!files.includes('extension-test.js'), files.join(', '));
    for (const f of files) {
      const text = readFileSync(path.join(out, f), 'utf8');
      for (const name of TEST_ONLY) assert.ok(!text.includes(name), `${f} contains ${name}`);
      assert.ok(!sources(out, f).some((s) => s.startsWith('src/vscode/test/')), f);
    }
  });

  it("activation's bundle holds the preflight and the DAP watch, not the report panel", () => {
    const main = sources(out, 'extension.js');
    for (const needed of ['src/vscode/preflight/preflight.ts', 'src/vscode/preflight/dapWatchTracker.ts', 'src/core/diagnose.ts', 'src/vscode/panel/host.ts']) {
      assert.ok(main.includes(needed), needed);
    }
    const later = ['src/vscode/panel/panel.ts', 'src/vscode/panel/actions.ts', 'src/webview/protocol.ts', 'src/core/report/render-markdown.ts'];
    for (const f of later) assert.ok(!main.includes(f), `${f} is in dist/extension.js`);
    assert.ok(sources(out, 'extension-panel.js').includes('src/vscode/panel/panel.ts'));
  });
});
