import * as assert from 'node:assert/strict';
import { DapWatch } from '../../../src/core/dap';

const launchReq = (args: Record<string, unknown>) => ({ seq: 2, type: 'request', command: 'launch', arguments: args });
const failed = (format: string, id = 3000) => ({
  seq: 0, type: 'response', request_seq: 2, success: false, command: 'launch', message: 'Failed to launch',
  body: { error: { id, format, showUser: true } },
});
const output = (text: string, category = 'stderr') => ({ seq: 0, type: 'event', event: 'output', body: { category, output: text } });

describe('dap: DapWatch follows a session', () => {
  it('remembers the launch request: native backend edit, GOARCH override on Apple Silicon', () => {
    const w = new DapWatch({ hardwareArch: 'arm64', launchIndex: 1 });
    w.onWillReceiveMessage({ seq: 1, type: 'request', command: 'initialize', arguments: {} });
    w.onWillReceiveMessage(launchReq({ backend: 'native', mode: 'debug', env: { GOARCH: 'amd64' } }));
    const added = w.onDidSendMessage(failed('Failed to launch: could not launch process: native backend disabled during compilation'));
    assert.deepEqual(added.map((f) => f.code).sort(), ['launch-goarch-override', 'launch-native-backend']);
    const all = w.findings();
    assert.deepEqual(all.map((f) => f.code), ['launch-goarch-override', 'launch-native-backend']);
    const native = all[1];
    assert.ok(native?.evidence.includes('launch request: backend=native'));
    assert.deepEqual(native?.fixes[0], { kind: 'edit', title: 'Remove "backend": "native" from launch.json', edit: { file: 'launch.json', path: ['configurations', 1, 'backend'], remove: true } });
    assert.equal(w.failedBeforeLaunch, false);
    w.onDidSendMessage({ seq: 0, type: 'event', event: 'terminated' });
    assert.equal(w.failedBeforeLaunch, true);
  });

  it('reads debugserver\'s banner split over two output events, then the failed launch', () => {
    const w = new DapWatch({ hardwareArch: 'arm64' });
    assert.deepEqual(w.onDidSendMessage(output('debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1500.0.404.7\n')), []);
    const added = w.onDidSendMessage(output(' for x86_64.\n'));
    assert.deepEqual(added.map((f) => f.code), ['debugserver-translated']);
    w.onDidSendMessage(failed('Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0'));
    const all = w.findings();
    assert.deepEqual(all.map((f) => f.code), ['debugserver-translated', 'debugserver-stub-exited']);
    assert.ok(all[1]?.evidence.includes('debugserver banner: lldb-1500.0.404.7 for x86_64'));
  });

  it('ignores the program\'s own output once the launch succeeded', () => {
    const w = new DapWatch({ hardwareArch: 'arm64' });
    w.onDidSendMessage({ seq: 0, type: 'response', request_seq: 2, success: true, command: 'launch' });
    assert.deepEqual(w.onDidSendMessage(output('not an executable file\n', 'stdout')), []);
    assert.deepEqual(w.onDidSendMessage(output('dlv dap (99) exited with code: 1\n', 'console')).map((f) => f.code), ['dlv-exited']);
  });

  it('classifies vscode-go\'s failed response (message only, no body.error)', () => {
    const w = new DapWatch();
    const res = { seq: 0, type: 'response', request_seq: 1, success: false, command: 'initialize', message: "Couldn't start dlv dap:\nError: Cannot find Delve debugger (dlv dap)" };
    assert.deepEqual(w.onDidSendMessage(res).map((f) => f.code), ['dlv-not-found']);
  });

  it('fills DAP error variables', () => {
    const w = new DapWatch();
    const res = { ...failed('Failed to launch: {e}'), body: { error: { id: 3000, format: 'Failed to launch: {e}', variables: { e: 'could not launch process: EOF' } } } };
    assert.deepEqual(w.onDidSendMessage(res).map((f) => f.code), ['debugserver-broken']);
  });

  it('spawn errors: errno -86, ENOENT, EACCES, anything else', () => {
    const cases: [Parameters<DapWatch['onError']>[0], string][] = [
      [{ message: 'spawn Unknown system error -86', errno: -86, code: 'Unknown system error -86' }, 'dlv-bad-cpu'],
      [{ message: 'spawn /Users/dev/go/bin/dlv ENOENT', code: 'ENOENT', errno: -2 }, 'dlv-not-found'],
      [{ message: 'permission denied', code: 'EACCES' }, 'dlv-not-executable'],
      [{ message: 'Bad CPU type in executable' }, 'dlv-bad-cpu'],
      [{ message: 'socket hang up' }, 'dlv-start-failed'],
    ];
    for (const [err, code] of cases) assert.deepEqual(new DapWatch({ hardwareArch: 'arm64' }).onError(err).map((f) => f.code), [code], err.message);
  });

  it('exit: only a failure counts', () => {
    assert.deepEqual(new DapWatch().onExit(0), []);
    assert.deepEqual(new DapWatch().onExit(undefined, undefined), []);
    assert.deepEqual(new DapWatch().onExit(1).map((f) => f.code), ['dlv-exited']);
    assert.deepEqual(new DapWatch().onExit(undefined, 'SIGKILL')[0]?.evidence, ['debug adapter was killed by signal SIGKILL']);
  });

  it('deduplicates by code and reports only what is new', () => {
    const w = new DapWatch({ hardwareArch: 'x86_64' });
    const a = 'Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0';
    const b = 'Failed to launch: could not launch process: stub exited while waiting for connection: exit status 1';
    assert.equal(w.onDidSendMessage(failed(a)).length, 1);
    assert.deepEqual(w.onDidSendMessage(failed(a)), []);
    assert.equal(w.onDidSendMessage(failed(b)).length, 1);
    const all = w.findings();
    assert.equal(all.length, 1);
    assert.deepEqual(all[0]?.evidence.filter((e) => e.startsWith('Failed')), [a, b]);
  });

  it('ignores what is not a DAP message', () => {
    const w = new DapWatch();
    for (const m of [undefined, null, 42, 'x', {}, { type: 'event', event: 'output' }, { type: 'event', event: 'output', body: { output: 3 } }]) {
      assert.deepEqual(w.onDidSendMessage(m), []);
      w.onWillReceiveMessage(m);
    }
    assert.deepEqual(w.findings(), []);
  });

  it('reads the session again for the machine of the report it joins (a replayed Mac on Linux, preflight late)', () => {
    // The tracker guessed this machine (Linux) because the preflight was not ready yet; the report is a Mac's.
    const w = new DapWatch({ platform: 'linux', hardwareArch: 'x86_64' });
    w.onWillReceiveMessage(launchReq({ mode: 'debug' }));
    w.onDidSendMessage(failed('Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0'));
    w.onExit(1);
    assert.ok(!w.findings().some((f) => f.code === 'debugserver-stub-exited'), 'on Linux the stub is lldb-server');
    const macFindings = w.findingsFor({ platform: 'darwin', hardwareArch: 'arm64' });
    const mac = macFindings.map((f) => f.code);
    assert.ok(mac.includes('debugserver-stub-exited'), mac.join());
    // The adapter's exit does not depend on the machine: kept (a generic finding, folded into the precise one).
    assert.ok(macFindings.some((f) => f.evidence.includes('debug adapter exited with code 1')), JSON.stringify(macFindings));
    assert.deepEqual(w.findingsFor({ platform: 'linux', hardwareArch: 'x86_64' }).map((f) => f.code), w.findings().map((f) => f.code));
  });
});
