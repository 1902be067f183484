/**
 * Item 1 of issue #16: trust is enforced at the runner, not in each probe. A cloned repository's workspace
 * settings steer the search for `go` and `dlv` into the repository (go.alternateTools, absolute or a bare name,
 * go.goroot, go.gopath, go.toolsGopath, go.toolsEnvVars GOBIN / GOPATH / GOROOT); replayed macOS and Linux
 * snapshots hold those binaries (copies of the machine's own, so an x86_64 dlv on Apple silicon reaches the
 * Rosetta check). The host's `run` is the boundary: every call that reaches it is counted. Untrusted, at a
 * workspace scope (or an unknown one): no workspace-decided binary reaches the host, whichever probe asked
 * (go env, dlv version, the Rosetta check), and `skipped` lists exactly the binaries a trusted run starts.
 * At user scope the same values run (the gate is not a blanket ban).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { DiagnosisCache, diagnose } from '../../../src/core/diagnose';
import { type GoSettings } from '../../../src/core/probe/settings';
import { loadSnapshot } from '../../../src/core/replay/host';
import { probeContext } from '../../../src/core/probe/context';
import { execPath } from '../../../src/core/probe/trust';
import type { Host } from '../../../src/core/host/types';
import { inputFromMachine } from '../../../src/core/replay/input';
import type { Report } from '../../../src/core/report/types';
import { REPO } from '../diagnose/helpers';
import { cleanTmp, tmpDir } from './io-helpers';

const BASES = [
  'test/fixtures/snapshots/no-rosetta-amd64-dlv',
  'test/fixtures/snapshots/rosetta-vscode',
  'test/fixtures/snapshots/healthy-apple-silicon',
  'examples/snapshots/linux-healthy-arm64-container',
  'examples/snapshots/linux-rosetta-amd64-container',
];
const BARE = ['go-evil', 'dlv-evil'];

interface Base {
  name: string;
  dir: string;
  ws: string;
  platform: string;
}

function findFile(root: string, name: string): string {
  for (const e of fs.readdirSync(root, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === name) return path.join(e.parentPath, e.name);
  throw new Error(`${name} not in ${root}`);
}

/** A copy of the snapshot whose workspace holds the machine's go and dlv in every folder a setting can name. */
function hostileCopy(rel: string): Base {
  const dir = path.join(tmpDir('hostile-trust-'), path.basename(rel));
  fs.cpSync(path.join(REPO, rel), dir, { recursive: true, verbatimSymlinks: true });
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'machine.json'), 'utf8')) as { platform: string; env: { PATH: string }; vscode: { workspaceFolder: string } };
  const root = path.join(dir, 'root');
  const ws = m.vscode.workspaceFolder;
  const put = (src: string, at: string): void => {
    const to = path.join(root, `${at}.sparse.json`);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(src, to);
  };
  const go = findFile(root, 'go.sparse.json');
  const dlv = findFile(root, 'dlv.sparse.json');
  for (const d of ['gobin', 'tools/bin', 'gopath/bin', 'goroot/bin', 'alt']) put(dlv, `${ws}/${d}/dlv`);
  for (const d of ['goroot/bin', 'alt']) put(go, `${ws}/${d}/go`);
  const firstPathDir = m.env.PATH.split(':')[0] as string;
  put(go, `${firstPathDir}/go-evil`);
  put(dlv, `${firstPathDir}/dlv-evil`);
  return { name: path.basename(rel), dir, ws, platform: m.platform };
}

/** Every setting that can steer the path of a binary the probes run, as an attacker sets it. */
interface Steer {
  go?: 'absolute' | 'bare';
  dlv?: 'absolute' | 'bare';
  goroot?: boolean;
  gopath?: boolean;
  toolsGopath?: boolean;
  tools: { GOBIN?: boolean; GOPATH?: boolean; GOROOT?: boolean };
}

function settingsOf(s: Steer, ws: string): GoSettings {
  const out: GoSettings = {};
  const alt: Record<string, string> = {};
  if (s.go) alt.go = s.go === 'absolute' ? `${ws}/alt/go` : 'go-evil';
  if (s.dlv) alt.dlv = s.dlv === 'absolute' ? `${ws}/alt/dlv` : 'dlv-evil';
  if (Object.keys(alt).length) out['go.alternateTools'] = alt;
  if (s.goroot) out['go.goroot'] = `${ws}/goroot`;
  if (s.gopath) out['go.gopath'] = `${ws}/gopath`;
  if (s.toolsGopath) out['go.toolsGopath'] = `${ws}/tools`;
  const tools: Record<string, string> = {};
  if (s.tools.GOBIN) tools.GOBIN = `${ws}/gobin`;
  if (s.tools.GOPATH) tools.GOPATH = `${ws}/gopath`;
  if (s.tools.GOROOT) tools.GOROOT = `${ws}/goroot`;
  if (Object.keys(tools).length) out['go.toolsEnvVars'] = tools;
  return out;
}

const steer: fc.Arbitrary<Steer> = fc.record(
  {
    go: fc.constantFrom<'absolute' | 'bare'>('absolute', 'bare'),
    dlv: fc.constantFrom<'absolute' | 'bare'>('absolute', 'bare'),
    goroot: fc.boolean(),
    gopath: fc.boolean(),
    toolsGopath: fc.boolean(),
    tools: fc.record({ GOBIN: fc.boolean(), GOPATH: fc.boolean(), GOROOT: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['tools'] },
);

type Scope = 'workspace' | 'workspaceFolder' | 'unknown' | 'user';

/** A diagnosis of the copy; `started` is every argv that reached the host's run. */
async function diagnoseCopy(b: Base, settings: GoSettings, trusted: boolean, scope: Scope): Promise<{ report: Report; started: string[][] }> {
  const loaded = loadSnapshot(b.dir);
  if ('error' in loaded) throw new Error(loaded.error);
  const r = inputFromMachine(loaded.host, loaded.machine);
  if (!r.ok) throw new Error(r.error);
  const started: string[][] = [];
  const inner = r.input.host;
  const host: Host = { ...inner, run: (argv, o) => (started.push([...argv]), inner.run(argv, o)) };
  const { settingsByScope: _drop, ...input } = r.input;
  const report = await diagnose({
    ...input, host, settings, trusted, cache: new DiagnosisCache(),
    ...(scope === 'unknown' ? {} : { settingsByScope: { [scope]: settings } }),
  });
  return { report, started };
}

const hostile = (b: Base) => (program: string): boolean => program.startsWith(`${b.ws}/`) || BARE.includes(path.basename(program));
const commandOf = (line: string): string => line.slice(0, line.indexOf(' (its path comes from '));
const programs = (argvs: string[][], b: Base): string[] => [...new Set(argvs.map((a) => a[0] as string).filter(hostile(b)))].sort();

describe('hostile: trust at the runner (issue #16 item 1)', function () {
  this.timeout(120_000);
  let bases: Base[] = [];
  before(() => {
    bases = BASES.map(hostileCopy);
  });
  after(cleanTmp);

  it('replayed Apple silicon Mac, x86_64 dlv from go.toolsEnvVars.GOBIN: the Rosetta check does not start it', async () => {
    const b = bases[0] as Base;
    const settings = { 'go.toolsEnvVars': { GOBIN: `${b.ws}/gobin` } };
    const trusted = await diagnoseCopy(b, settings, true, 'workspace');
    assert.deepEqual(programs(trusted.started, b), [`${b.ws}/gobin/dlv`], 'the trusted run does start it (the check is real)');
    const { report, started } = await diagnoseCopy(b, settings, false, 'workspace');
    assert.deepEqual(programs(started, b), []);
    assert.deepEqual(report.skipped, [`${b.ws}/gobin/dlv version (its path comes from go.toolsEnvVars.GOBIN)`]);
    assert.ok(started.length > 0, 'the machine\'s own commands still run');
  });

  it('the runner is the only way: a probe\'s host has no run, and a refused ExecPath never reaches the host', async () => {
    const b = bases[0] as Base;
    const loaded = loadSnapshot(b.dir);
    if ('error' in loaded) throw new Error(loaded.error);
    const started: string[][] = [];
    const host: Host = { ...loaded.host, run: (argv, o) => (started.push(argv), loaded.host.run(argv, o)) };
    const ctx = probeContext({ host, cache: new DiagnosisCache(), trusted: false, timeoutMs: 1000, settingsByScope: { workspace: { 'go.gopath': b.ws } } });
    // @ts-expect-error a probe cannot start a process past the gate: its host has no run
    assert.equal(typeof ctx.host.run, 'function');
    const evil = execPath(`${b.ws}/gopath/bin/dlv`, [{ setting: 'go.gopath' }]);
    for (let i = 0; i < 3; i++) assert.equal((await ctx.runner.run(evil, ['version'])).error, 'EUNTRUSTED');
    assert.deepEqual(started, []);
    assert.deepEqual(ctx.skipped, [`${b.ws}/gopath/bin/dlv version (its path comes from go.gopath)`]);
    assert.equal((await ctx.runner.run(execPath('/Users/dev/go/bin/dlv', undefined), ['version'])).error, 'EBADARCH', 'the machine\'s dlv runs (recorded: no Rosetta)');
    assert.equal((await ctx.runner.run('uname', ['-m'])).exitCode, 0);
    assert.deepEqual(started, [['/Users/dev/go/bin/dlv', 'version'], ['uname', '-m']]);
  });

  it('property: every steering setting × every probe × macOS and Linux replays: untrusted starts none of them, skipped lists exactly those', async () => {
    let exercised = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), steer, fc.constantFrom<Scope>('workspace', 'workspaceFolder', 'unknown', 'user'), async (i, s, scope) => {
        const b = bases[i] as Base;
        const settings = settingsOf(s, b.ws);
        const trusted = await diagnoseCopy(b, settings, true, scope);
        const untrusted = await diagnoseCopy(b, settings, false, scope);
        const wanted = programs(trusted.started, b);
        if (wanted.length) exercised++;
        const skipped = untrusted.report.skipped ?? [];
        if (scope === 'user') {
          assert.deepEqual(skipped, []);
          assert.deepEqual(programs(untrusted.started, b), wanted);
          return;
        }
        assert.deepEqual(programs(untrusted.started, b), [], 'a workspace-decided binary reached the host');
        const refused = skipped.map(commandOf);
        assert.equal(new Set(refused).size, refused.length, 'each refusal is listed once');
        assert.deepEqual([...new Set(refused.map((c) => c.split(' ')[0] as string))].sort(), wanted);
        for (const c of refused) assert.ok(!untrusted.started.some((a) => a.join(' ') === c), `${c} is listed as not run but ran`);
      }),
      { numRuns: 120 },
    );
    assert.ok(exercised > 30, `only ${exercised} runs started a hostile binary when trusted`);
  });
});
