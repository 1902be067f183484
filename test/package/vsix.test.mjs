// `npm run package` builds a .vsix that installs into a clean code-server (fresh --extensions-dir and
// --user-data-dir, no extension under development) and works there: Go: Diagnose LLDB Architecture (LLDB Doctor) from the
// palette opens the report panel. Set GLD_VSIX=<file> to test a .vsix built beforehand instead of packaging.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hostDir, repoRoot } from '../host/lib/options.mjs';
import { useSession } from '../e2e/lib/hooks.mjs';

const EXTENSION = 'go-lldb-doctor.go-lldb-doctor';
const MAX_BYTES = 300 * 1024;
/** What the package may hold (paths inside the .vsix's extension/ folder). */
const ALLOWED = [/^dist\/(extension|extension-(?!test\.)\w+|webview)\.js(\.map)?$/, /^dist\/cli\.js(\.map)?$/, /^media\//, /^docs\/images\/[\w-]+\.png$/,
  /^package\.json$/, /^package\.nls(\.[\w-]+)?\.json$/, /^readme(\.[\w-]+)?\.md$/i, /^changelog\.md$/i, /^LICENSE(\.txt)?$/i];
const REQUIRED = ['dist/extension.js', 'dist/extension-engine.js', 'dist/webview.js', 'package.json', 'package.nls.json', 'media/panel.css', 'media/icon.png', 'readme.md', 'changelog.md', 'LICENSE.txt'];

/** Runs `npm run package` (vsce package --no-dependencies; vscode:prepublish makes the production build). */
function packageVsix() {
  if (process.env.GLD_VSIX) return path.resolve(process.env.GLD_VSIX);
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
  assert.equal(r.status, 0, `npm run package failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}\n${r.stderr}`);
  const m = /Packaged: (\S+\.vsix)/.exec(r.stdout + r.stderr);
  return m?.[1] ?? path.join(repoRoot, 'go-lldb-doctor.vsix');
}

function entries(vsix) {
  const r = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, `unzip -Z1 failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).filter(Boolean);
}

/** code-server --install-extension into a run folder's fresh extensions folder. */
function install(vsix, f) {
  const entry = path.join(hostDir, 'node_modules/code-server/out/node/entry.js');
  const r = spawnSync(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', f.extensions, '--user-data-dir', f.userData], {
    encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: f.home, EXTENSIONS_GALLERY: '{}' },
  });
  assert.equal(r.status, 0, `code-server --install-extension failed:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /was successfully installed/);
}

describe('the .vsix (npm run package)', function () {
  let vsix = '';
  before(function () {
    this.timeout(300_000);
    vsix = packageVsix();
    assert.ok(existsSync(vsix), `${vsix} exists`);
    console.log(`      ${path.relative(repoRoot, vsix)}: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);
  });

  it('holds the bundles, media, nls, README, CHANGELOG and LICENSE, nothing from src/ or test/', () => {
    const names = entries(vsix);
    for (const n of REQUIRED) assert.ok(names.includes(n), `${n} is packaged (has: ${names.join(', ')})`);
    const stray = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(stray, [], 'files the package should not hold');
    const packaged = spawnSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8', timeout: 30_000 });
    const manifest = JSON.parse(packaged.stdout);
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(names.includes(manifest.main.slice(2)), 'the entry point is packaged');
  });

  it(`stays under ${MAX_BYTES / 1024} KB without the README's pictures`, () => {
    const size = compressed(vsix).filter(([n]) => !n.startsWith('extension/docs/images/')).reduce((a, [, b]) => a + b, 0);
    assert.ok(size < MAX_BYTES, `${(size / 1024).toFixed(1)} KB; largest entries:\n${largest(vsix)}`);
  });

  it('holds every picture the README shows and the 128x128 icon (the details page resolves them in the package)', () => {
    const names = entries(vsix);
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img [^>]*src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    assert.ok(pictures.length >= 4, pictures.join());
    for (const p of pictures) assert.ok(names.includes(p), `${p} is packaged`);
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.ok(names.includes(manifest.icon), 'the icon is packaged');
    const png = readFileSync(path.join(repoRoot, manifest.icon));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  describe('installed in a clean code-server', function () {
    const session = useSession({ name: 'vsix', workspace: 'plain', devExtension: false, beforeStart: (f) => install(vsix, f) });

    it('runs Go: Diagnose LLDB Architecture (LLDB Doctor) from the palette and shows the report panel', async () => {
      const s = session.get();
      await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
      const text = await s.ui.webviewText(/No problem found|Warnings found|Debugging will fail/);
      assert.match(text, /Re-run/);
      assert.match(s.extensionHostLog(), new RegExp(`_doActivateExtension ${EXTENSION}, startup: false, activationEvent: 'onCommand:goLldbDoctor.diagnose'`));
      assert.doesNotMatch(readFileSync(s.f.log, 'utf8'), /Loading development extension/);
      assert.ok(existsSync(path.join(s.f.extensions, `${EXTENSION}-${JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version}`)));
    });
  });
});

/** [entry name, compressed bytes] of the package's extension/ entries. */
function compressed(vsix) {
  const r = spawnSync('unzip', ['-lv', vsix], { encoding: 'utf8', timeout: 30_000 });
  const rows = r.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((c) => c.length >= 8 && /^\d+$/.test(c[2] ?? '') && c[7]?.startsWith('extension/'));
  return rows.map((c) => [c[7], Number(c[2])]);
}

function largest(vsix) {
  return compressed(vsix).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, b]) => `  ${n}: ${(b / 1024).toFixed(1)} KB compressed`).join('\n');
}
