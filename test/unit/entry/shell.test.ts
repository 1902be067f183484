/**
 * Activation as the production bundle does it (issue 17 §7): dist/extension.js registers every command package.json
 * contributes, the `go` debug configuration provider and tracker factory and the panel's serializer, and loads
 * nothing else; the engine (dist/extension-engine.js) is loaded on first use, and when it cannot load, a debug start
 * goes on unchanged and says why once, a command says why each time, and Show Log still opens the log. The real
 * production bundle runs in plain Node without its engine file beside it; VS Code's API is the boundary, replaced by
 * test/fixtures/vscode-fake (a `vscode` module that records the calls).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setLang, t } from '../../../src/core/i18n';
import { VS } from '../../../src/core/i18n/messages/vscode';

const repo = path.resolve(__dirname, '../../../..');

type Fn = (...a: unknown[]) => Promise<unknown>;
interface Recorded {
  commands: Map<string, Fn>;
  providers: { type: string; p: Record<string, Fn> }[];
  trackers: { type: string; f: { createDebugAdapterTracker: Fn } }[];
  serializers: { type: string; s: { deserializeWebviewPanel: Fn } }[];
  errors: string[];
  logLines: string[];
  logShown: number;
}

describe('activation (dist/extension.js) without its engine beside it', function () {
  this.timeout(120_000);
  let dir = '';
  let rec: Recorded;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gld-shell-'));
    const build = path.join(dir, 'build');
    const r = spawnSync(process.execPath, ['esbuild.config.mjs', '--production', `--outdir=${build}`], { cwd: repo, encoding: 'utf8', timeout: 110_000 });
    assert.equal(r.status, 0, r.stderr);
    const bare = path.join(dir, 'bare');
    mkdirSync(path.join(bare, 'node_modules'), { recursive: true });
    cpSync(path.join(build, 'extension.js'), path.join(bare, 'extension.js'));
    cpSync(path.join(repo, 'test/fixtures/vscode-fake'), path.join(bare, 'node_modules/vscode'), { recursive: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle under test, as the host loads it
    rec = (require(path.join(bare, 'node_modules/vscode')) as { recorded: Recorded }).recorded;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require(path.join(bare, 'extension.js')) as { activate: (c: unknown) => unknown };
    const returned = ext.activate({ subscriptions: [], extensionMode: 1 });
    assert.equal(returned, undefined, 'a production activation returns no test API');
  });
  after(() => {
    setLang('en');
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers every contributed command, the go provider and tracker and the panel serializer, and loads nothing else', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    assert.deepEqual([...rec.commands.keys()].sort(), manifest.contributes.commands.map((c) => c.command).sort());
    assert.deepEqual(rec.providers.map((p) => p.type), ['go']);
    assert.deepEqual(rec.trackers.map((p) => p.type), ['go']);
    assert.deepEqual(rec.serializers.map((p) => p.type), ['goLldbDoctor.report']);
    // The engine's file is absent: had activation loaded it, it would have logged and shown the failure.
    assert.deepEqual(rec.errors, []);
    assert.ok(rec.logLines.some((l) => l.startsWith('info activated (VS Code 1.100.3')), rec.logLines.join('\n'));
    assert.ok(!rec.logLines.some((l) => l.startsWith('error')), rec.logLines.join('\n'));
  });

  it('a debug start goes on with its configuration unchanged, without a tracker, and says why once', async () => {
    const provider = rec.providers[0]!.p;
    const config = { type: 'go', request: 'launch', name: 'Launch', program: '${workspaceFolder}' };
    assert.equal(await provider.resolveDebugConfiguration!(undefined, config), config);
    assert.equal(await provider.resolveDebugConfigurationWithSubstitutedVariables!(undefined, config), config);
    assert.equal(await rec.trackers[0]!.f.createDebugAdapterTracker({ name: 'Launch' }), undefined);
    assert.equal(rec.errors.length, 1, rec.errors.join('\n'));
    const [before] = t(VS.engineLoadFailed, { e: '\u0000' }).split('\u0000');
    assert.ok(rec.errors[0]!.startsWith(before!), rec.errors[0]);
    assert.match(rec.errors[0]!, /extension-engine\.js/, 'the message names what is missing');
    assert.ok(rec.logLines.some((l) => /^error the engine \(dist\/extension-engine\.js\) could not load \(debug start\)/.test(l)), rec.logLines.join('\n'));
  });

  it('each command says why it cannot run, a restored panel is closed, and Show Log still opens the log', async () => {
    assert.equal(await rec.commands.get('goLldbDoctor.diagnose')!(), undefined);
    assert.equal(await rec.commands.get('goLldbDoctor.explain')!(), undefined);
    assert.equal(rec.errors.length, 3, rec.errors.join('\n'));
    let disposed = false;
    await rec.serializers[0]!.s.deserializeWebviewPanel({ dispose: () => (disposed = true) });
    assert.equal(disposed, true);
    await rec.commands.get('goLldbDoctor.showLog')!();
    assert.equal(rec.logShown, 1);
  });
});
