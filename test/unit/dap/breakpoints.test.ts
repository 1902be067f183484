/**
 * Issue 20 item 9, with a real `dlv dap` (Debian's Delve 1.20.2): a program built in one folder and debugged from a
 * copy of its sources in another (what a container, a remote machine or CI does) answers setBreakpoints with
 * `could not find file <workspace file>`; a -trimpath build the same, its sources known as `example.com/app/…`.
 * The DapWatch computes substitutePath from the path Delve reports for main.go (a function breakpoint, a stack
 * frame) and offers it as a launch.json edit; a second real session with that substitutePath verifies the breakpoint.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DapWatch } from '../../../src/core/dap';
import type { EditFix } from '../../../src/core/report/types';
import { startDlvDap, type DapSession } from './dapClient';

const DLV = '/usr/bin/dlv';

/** One session: launch the binary, break at main.go:6 of the workspace and at main.main, run to the stop. */
async function session(program: string, ws: string, substitutePath?: unknown): Promise<DapSession> {
  const s = await startDlvDap(DLV, ws);
  try {
    await s.send('initialize', { adapterID: 'go', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    await s.send('launch', { name: 'Launch', type: 'go', request: 'launch', mode: 'exec', program, ...(substitutePath ? { substitutePath } : {}) });
    await s.waitEvent('initialized');
    await s.send('setBreakpoints', { source: { path: path.join(ws, 'main.go') }, breakpoints: [{ line: 6 }] });
    await s.send('setFunctionBreakpoints', { breakpoints: [{ name: 'main.main' }] });
    await s.send('configurationDone');
    const stopped = await s.waitEvent('stopped');
    await s.send('stackTrace', { threadId: (stopped.body as { threadId: number }).threadId, levels: 1 });
    await s.send('disconnect', { terminateDebuggee: true }).catch(() => undefined);
  } finally {
    s.close();
  }
  return s;
}

function watched(s: DapSession): DapWatch {
  const watch = new DapWatch({ platform: 'linux', hardwareArch: 'x86_64', launchIndex: 2 });
  for (const r of s.sent.filter((m) => m.command === 'launch')) watch.onWillReceiveMessage(r);
  for (const m of s.messages) watch.onDidSendMessage(m);
  return watch;
}

describe('dap: breakpoints that never verify get a substitutePath (issue 20 item 9, real dlv dap)', function () {
  this.timeout(180_000);
  let dir = '';
  let ws = '';
  before(function () {
    if (process.platform !== 'linux' || !fs.existsSync(DLV)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-bp-'));
    const build = path.join(dir, 'build', 'app');
    ws = path.join(dir, 'ws');
    for (const d of [build, ws]) {
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'go.mod'), 'module example.com/app\n\ngo 1.19\n');
      fs.writeFileSync(path.join(d, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n');
    }
    const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };
    execFileSync('/usr/bin/go', ['build', '-gcflags=all=-N -l', '-o', path.join(dir, 'app'), '.'], { cwd: build, env, stdio: 'pipe', timeout: 120_000 });
    execFileSync('/usr/bin/go', ['build', '-trimpath', '-gcflags=all=-N -l', '-o', path.join(dir, 'app-trim'), '.'], { cwd: build, env, stdio: 'pipe', timeout: 120_000 });
  });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  for (const [bin, to] of [['app', 'build/app'], ['app-trim', 'example.com/app']] as const) {
    it(`${bin}: "could not find file" names the workspace file; the edit maps the workspace onto ${to}, and then the breakpoint verifies`, async () => {
      const s = await session(path.join(dir, bin), ws);
      const unverified = JSON.stringify(s.messages.find((m) => m.command === 'setBreakpoints'));
      assert.ok(unverified.includes(`could not find file ${path.join(ws, 'main.go')}`), unverified);
      const f = watched(s).findings().find((x) => x.code === 'breakpoints-path-mismatch');
      assert.ok(f, JSON.stringify(watched(s).findings()));
      const want = { from: ws, to: to.startsWith('example.com') ? to : path.join(dir, to) };
      const edit = f.fixes.find((x): x is EditFix => x.kind === 'edit');
      assert.deepEqual(edit?.edit, { file: 'launch.json', path: ['configurations', 2, 'substitutePath'], value: [want] });
      // The fix, applied: a new session with that substitutePath verifies the very same breakpoint.
      const fixed = await session(path.join(dir, bin), ws, edit?.edit.value);
      const bp = fixed.messages.find((m) => m.command === 'setBreakpoints') as { body: { breakpoints: { verified: boolean }[] } };
      assert.equal(bp.body.breakpoints[0]?.verified, true, JSON.stringify(bp));
      assert.ok(!watched(fixed).findings().some((x) => x.code === 'breakpoints-path-mismatch'));
    });
  }

  it('before Delve has reported any path of its own: the finding asks to let it show one (no guessed edit)', async () => {
    const s = await session(path.join(dir, 'app'), ws);
    const watch = new DapWatch({ platform: 'linux', launchIndex: 0 });
    for (const m of s.messages.filter((x) => x.command !== 'setFunctionBreakpoints' && x.command !== 'stackTrace')) watch.onDidSendMessage(m);
    const f = watch.findings().find((x) => x.code === 'breakpoints-path-mismatch');
    assert.deepEqual(f?.fixes.map((x) => x.kind), ['manual']);
    assert.match(f?.fixes[0]?.title ?? '', /function breakpoint \(main\.main\)/);
  });
});

describe('dap: Delve ≥ 1.26.1 trimpath warning after the launch (service/dap/server.go:2438-2445 @3b775986)', () => {
  it('the "important" output event after a successful launch is read (program output is not); with a frame path it gets the edit', () => {
    const watch = new DapWatch({ platform: 'linux', launchIndex: 0 });
    watch.onWillReceiveMessage({ seq: 1, type: 'request', command: 'attach', arguments: { mode: 'remote', substitutePath: [{ from: '/home/me/lib', to: '/src/lib' }] } });
    watch.onDidSendMessage({ seq: 2, type: 'response', request_seq: 1, command: 'attach', success: true });
    watch.onDidSendMessage({ seq: 3, type: 'event', event: 'output', body: { category: 'stdout', output: 'Warning: debugging executable built with trimpath\n' } });
    assert.deepEqual(watch.findings(), [], 'the program printing it is not Delve saying it');
    watch.onDidSendMessage({ seq: 4, type: 'event', event: 'output', body: { category: 'important', output: 'Warning: debugging executable built with trimpath' } });
    const f = watch.findings()[0];
    // The warning is the preflight's target-trimpath (one code for one cause, before and after F5).
    assert.equal(f?.code, 'target-trimpath');
    assert.match(f?.detail ?? '', /built with -trimpath/);
    watch.onDidSendMessage({ seq: 5, type: 'response', request_seq: 2, command: 'setBreakpoints', success: true, body: { breakpoints: [{ verified: false, message: 'could not find file /home/me/app/cmd/main.go' }] } });
    watch.onDidSendMessage({ seq: 6, type: 'response', request_seq: 3, command: 'stackTrace', success: true, body: { stackFrames: [{ id: 1, name: 'main.main', line: 5, source: { path: 'example.com/app/cmd/main.go' } }] } });
    const edit = watch.findings().find((x) => x.code === 'breakpoints-path-mismatch')?.fixes.find((x): x is EditFix => x.kind === 'edit');
    assert.deepEqual(edit?.edit.value, [{ from: '/home/me/lib', to: '/src/lib' }, { from: '/home/me', to: 'example.com' }], 'appended to the rules already there; the longest common tail (app/cmd/main.go) decides');
  });
});
