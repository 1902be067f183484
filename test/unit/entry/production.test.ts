/**
 * The production build (`npm run build:production`, what the .vsix ships) against the development one (`npm run
 * build`, dist/, which npm test runs first): the integration tests' API is a test-only bundle that production
 * leaves out, and activation's bundle holds only its registrations (src/vscode/shell.ts), not the engine loaded
 * on first use (src/vscode/lazy.ts: the preflight, DAP watch, commands, panel). Read from each bundle's source
 * map, whose `sources` list every module esbuild put in it, and from the text, where a minifier keeps names.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../../..');

/** The test API's own members: no product code names them. */
const TEST_ONLY = ['panelPost', 'nextRender', 'lastConfigName'];

function sources(dir: string, file: string): string[] {
  const map = JSON.parse(readFileSync(path.join(dir, `${file}.map`), 'utf8')) as { sources: string[] };
  return map.sources.map((s) => path.relative(repo, path.resolve(dir, s)));
}

describe('production build: no test code, activation loads only its registrations', function () {
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

  it("activation's bundle registers and forwards, and holds none of the engine: no probe, rule, finding, catalogue of findings, DAP classifier, panel", () => {
    const main = sources(out, 'extension.js');
    for (const needed of ['src/extension.ts', 'src/vscode/shell.ts', 'src/vscode/commandIds.ts', 'src/vscode/remoteSettings.ts']) {
      assert.ok(main.includes(needed), `${needed} is in dist/extension.js`);
    }
    // Whole folders of the engine, and the modules that pull them in: none of it compiles at activation.
    const engineFolders = ['src/core/probe/', 'src/core/rules/', 'src/core/findings/', 'src/core/dap/', 'src/core/macho/', 'src/core/elf/', 'src/core/dwarf/', 'src/core/capture/', 'src/core/selftest/', 'src/core/launch/', 'src/core/report/', 'src/vscode/preflight/', 'src/vscode/panel/panel', 'src/vscode/fixes/', 'src/vscode/diagnosis/', 'node_modules/'];
    const engineFiles = ['src/core/diagnose.ts', 'src/vscode/context.ts', 'src/vscode/commands/commands.ts', 'src/vscode/statusBar.ts', 'src/core/i18n/messages/fixes.ts'];
    const stray = main.filter((f) => engineFolders.some((d) => f.startsWith(d)) || engineFiles.includes(f));
    assert.deepEqual(stray, [], 'engine modules in dist/extension.js');
    // What the engine holds: the F5 path, and the parts run on first use inside it (panel, self-test, export).
    const engine = sources(out, 'extension-engine.js');
    for (const f of [...engineFiles, 'src/vscode/preflight/preflight.ts', 'src/vscode/preflight/dapWatchTracker.ts', 'src/core/dap/index.ts', 'src/vscode/panel/panel.ts', 'src/vscode/selftest/command.ts', 'src/vscode/commands/snapshotExport.ts']) {
      assert.ok(engine.includes(f), `${f} is in dist/extension-engine.js`);
    }
    // One bundle for the engine: no part of its own that would ship the engine's code a second time.
    assert.deepEqual(readdirSync(out).filter((f) => /^extension-\w+\.js$/.test(f)), ['extension-engine.js']);
  });

  it("activation's bundle is small beside the engine's (what activation compiles)", () => {
    const size = (f: string) => statSync(path.join(out, f)).size;
    assert.ok(size('extension.js') < 40 * 1024, `dist/extension.js is ${size('extension.js')} bytes`);
    assert.ok(size('extension.js') * 10 < size('extension-engine.js'), `${size('extension.js')} against ${size('extension-engine.js')} bytes`);
  });

  it('activation registers every command package.json contributes, and loads the engine through the lazy loader', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const text = readFileSync(path.join(out, 'extension.js'), 'utf8');
    for (const { command } of manifest.contributes.commands) assert.ok(text.includes(`"${command}"`), `${command} is not in dist/extension.js`);
    assert.match(text, /require\("\.\/extension-engine\.js"\)/);
  });
});
