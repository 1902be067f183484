import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The built files (npm run build, which npm test runs first): each start-up loads only what its path needs. */
const repo = path.resolve(__dirname, '../../../..');
const dist = path.join(repo, 'dist');
const FIXTURE = path.join(repo, 'test/fixtures/macho/bin/liblldb-arm64.dylib');

/** Runs `node dist/cli.js ...args` and returns which files of dist/ it loaded. */
function loadedBy(args: string[]): { files: string[]; status: number | null; stdout: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gld-bundles-'));
  try {
    const preload = path.join(dir, 'preload.cjs');
    const report = path.join(dir, 'loaded.json');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const r = spawnSync(process.execPath, ['-r', preload, path.join(dist, 'cli.js'), ...args], { encoding: 'utf8', timeout: 30_000 });
    const all = JSON.parse(readFileSync(report, 'utf8')) as string[];
    const files = all.filter((f) => f.startsWith(dist + path.sep)).map((f) => path.relative(dist, f)).sort();
    return { files, status: r.status, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('built bundles: start-up loads only what the path needs', () => {
  before(() => assert.ok(existsSync(path.join(dist, 'cli.js')), 'dist/cli.js is missing: run npm run build first'));

  it('`inspect` loads the CLI and its own sub-command bundle, nothing of diagnose, explain or snapshot', () => {
    const r = loadedBy(['inspect', FIXTURE]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /arm64/);
    assert.deepEqual(r.files, ['cli-inspect.js', 'cli.js']);
  });

  it('`--version` loads no sub-command at all', () => {
    assert.deepEqual(loadedBy(['--version']).files, ['cli.js']);
  });

  it('the diagnosis of a snapshot loads its own bundle', () => {
    const r = loadedBy(['--snapshot', path.join(repo, 'examples/snapshots/rosetta-vscode'), '--json']);
    assert.equal(r.status, 1); // that Mac has error findings
    assert.deepEqual(r.files, ['cli-diagnose.js', 'cli.js']);
  });

  it('--lang zh-cn reaches the sub-command bundle: the findings of the diagnosis are in Chinese', () => {
    const r = loadedBy(['--lang', 'zh-cn', '--snapshot', path.join(repo, 'examples/snapshots/rosetta-vscode'), '--json']);
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout) as { findings: { title: string; detail: string }[] };
    assert.ok(report.findings.length > 0);
    for (const f of report.findings) assert.match(`${f.title} ${f.detail}`, /[\u4e00-\u9fff].*[\u4e00-\u9fff]/s, f.detail);
  });
});
