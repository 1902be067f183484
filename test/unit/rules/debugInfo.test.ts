/**
 * A program Delve cannot debug (issue 20 item 4), with real Go 1.19 binaries and Debian's real Delve 1.20.2:
 * `dlv exec` of a -ldflags="-s -w" / -ldflags=-w / stripped file prints "could not open debug info …" and the
 * preflight finds the same code from the file (no .debug_info) as the DAP classifier finds from Delve's text;
 * a -trimpath build takes no absolute breakpoint (Delve: location "…" not found) and is a warning naming
 * substitutePath; a build without -N -l is a warning; launch buildFlags with -ldflags=-s -w or -trimpath too.
 */
import { probeContext } from '../../../src/core/probe/context';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { classifyText } from '../../../src/core/dap/classify';
import { DiagnosisCache } from '../../../src/core/diagnose';
import { machineOf } from '../../../src/core/diagnoseInput';
import { type Machine } from '../../../src/core/probe/machine';
import { liveHost } from '../../../src/core/host/live';
import { DiagnosisCache as Cache } from '../../../src/core/probe/cache';
import { probeTargetDebug } from '../../../src/core/probe/targetDebug';
import TARGET_NO_DEBUG_INFO from '../../../src/core/findings/shared/target-no-debug-info';
import TARGET_OPTIMIZED from '../../../src/core/findings/shared/target-optimized';
import TARGET_TRIMPATH from '../../../src/core/findings/shared/target-trimpath';
import { inputOf, SNAPSHOTS } from '../diagnose/helpers';

const noDebugInfo = TARGET_NO_DEBUG_INFO.run;
const optimizedCode = TARGET_OPTIMIZED.run;
const trimpath = TARGET_TRIMPATH.run;

const GO_ENV = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };

async function machine(): Promise<Machine> {
  return machineOf({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
}

/** Debian's dlv, run on a file the way vscode-go's exec mode does (launch), its first output line. */
function dlvExec(file: string, cmds: string): string {
  const r = spawnSync('/usr/bin/dlv', ['exec', '--allow-non-terminal-interactive=true', file], { input: cmds, encoding: 'utf8', timeout: 60_000 });
  return `${r.stdout}${r.stderr}`;
}

describe('rules: a program Delve cannot debug (real Go 1.19 binaries, Debian Delve 1.20.2)', function () {
  this.timeout(300_000);
  let dir = '';
  const bin: Record<string, string> = {};
  before(function () {
    if (process.platform !== 'linux' || !fs.existsSync('/usr/bin/go') || !fs.existsSync('/usr/bin/dlv')) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debuginfo-'));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.19\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n');
    const builds: Record<string, string[]> = { sw: ['-ldflags=-s -w'], w: ['-ldflags=-w'], trim: ['-trimpath', '-gcflags=all=-N -l'], opt: [], debug: ['-gcflags=all=-N -l'] };
    for (const [name, flags] of Object.entries(builds)) {
      bin[name] = path.join(dir, name);
      execFileSync('/usr/bin/go', ['build', ...flags, '-o', bin[name] as string, '.'], { cwd: dir, env: GO_ENV, stdio: 'pipe' });
    }
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  function facts(file: string) {
    const ctx = probeContext({ host: liveHost(), cache: new Cache(), trusted: true, timeoutMs: 5000 });
    return probeTargetDebug(ctx, file, undefined);
  }

  it('no DWARF: Delve refuses with "could not open debug info"; the preflight finds the same code from the file', async () => {
    for (const name of ['sw', 'w']) {
      const file = bin[name] as string;
      const said = dlvExec(file, 'exit\n');
      assert.match(said, /could not launch process: could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip debug info/);
      const fromDelve = classifyText(said.trim()).map((f) => f.code);
      const m = await machine();
      m.target = { mode: 'exec', program: file, ...facts(file) };
      const pre = noDebugInfo(m);
      assert.equal(pre[0]?.code, 'target-no-debug-info');
      assert.ok(fromDelve.includes('target-no-debug-info'), `DAP text maps to ${fromDelve.join(',')}`);
      assert.match(pre[0]?.detail ?? '', /could not open debug info/);
    }
    const m = await machine();
    m.target = { mode: 'exec', program: bin.sw as string, ...facts(bin.sw as string) };
    assert.match(noDebugInfo(m)[0]?.detail ?? '', /built with -ldflags=-s -w/);
    m.target = { mode: 'exec', program: bin.debug as string, ...facts(bin.debug as string) };
    assert.deepEqual([...noDebugInfo(m), ...optimizedCode(m), ...trimpath(m)], []);
  });

  it('-trimpath: Delve does not find the editor\'s absolute path; the preflight warns and names substitutePath', async () => {
    const file = bin.trim as string;
    const said = dlvExec(file, `break ${path.join(dir, 'main.go')}:6\nbreak example.com/m/main.go:6\nexit\n`);
    assert.match(said, new RegExp(`location "${path.join(dir, 'main.go')}:6" not found`));
    assert.match(said, /Breakpoint 1 set at .* example\.com\/m\/main\.go:6/);
    const m = await machine();
    m.target = { mode: 'exec', program: file, ...facts(file) };
    const f = trimpath(m)[0];
    assert.deepEqual([f?.code, f?.severity], ['target-trimpath', 'warning']);
    assert.match(f?.detail ?? '', /breakpoints set in the editor do not bind/);
    assert.ok(f?.fixes.some((x) => /substitutePath/.test(x.title)));
  });

  it('optimized: a build without -N -l is a warning; one with them is not', async () => {
    const m = await machine();
    m.target = { mode: 'exec', program: bin.opt as string, ...facts(bin.opt as string) };
    const f = optimizedCode(m)[0];
    assert.deepEqual([f?.code, f?.severity], ['target-optimized', 'warning']);
    assert.match(f?.detail ?? '', /variables show as unavailable or wrong/);
  });

  it('launch buildFlags: -ldflags=-s -w is the same error before the build; -trimpath the warning; other flags nothing', async () => {
    const m = await machine();
    m.target = { ...m.target, mode: 'debug' };
    m.launch.config = { ...m.launch.config, buildFlags: '-tags=dev -ldflags="-s -w"' };
    assert.equal(noDebugInfo(m)[0]?.code, 'target-no-debug-info');
    m.launch.config = { ...m.launch.config, buildFlags: ['-ldflags=-X main.v=1'] };
    assert.deepEqual(noDebugInfo(m), []);
    m.launch.config = { ...m.launch.config, buildFlags: ['-trimpath'] };
    assert.equal(trimpath(m)[0]?.code, 'target-trimpath');
    m.launch.config = { ...m.launch.config, buildFlags: ['-tags=trimpath_off'] };
    assert.deepEqual(trimpath(m), []);
  });
});
