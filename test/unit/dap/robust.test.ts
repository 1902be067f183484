import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap';

const codes = (text: string, hw?: string) => classifyText(text, { hardwareArch: hw }).map((f) => f.code);

describe('dap: matching is robust to how the text arrives', () => {
  it('ANSI colours', () => {
    assert.deepEqual(codes('\u001b[31mFailed to launch: could not launch process: \u001b[1mstub exited while waiting for connection\u001b[0m: exit status 0'), ['debugserver-stub-exited']);
  });

  it('CRLF and lone CR', () => {
    assert.deepEqual(codes("Couldn't start dlv dap:\r\nError: Cannot find Delve debugger (dlv dap)\r\n"), ['dlv-not-found']);
    assert.deepEqual(codes('debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1200.0.44\r for x86_64.\r', 'arm64'), ['debugserver-translated']);
  });

  it('case and whitespace', () => {
    assert.deepEqual(codes('COULD  NOT LAUNCH PROCESS:   NOT AN\tEXECUTABLE    FILE'), ['target-not-executable']);
  });

  it('a message wrapped over two lines', () => {
    assert.deepEqual(codes('could not launch process: stub exited while waiting\nfor connection: exit status 0', 'arm64'), ['debugserver-stub-exited']);
  });

  it('a DAP response as a JSON line', () => {
    const line = JSON.stringify({
      seq: 0, type: 'response', request_seq: 2, success: false, command: 'launch', message: 'Failed to launch',
      body: { error: { id: 3000, format: 'Failed to launch: could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture', showUser: true } },
    });
    assert.deepEqual(codes(line), ['dlv-translated']);
  });

  it('a trace log line holding a DAP output event', () => {
    const line = '2024-05-01 10:00:00.000 [trace] ← dlv {"type":"event","event":"output","body":{"category":"stderr","output":"could not launch process: EOF\\n"}}';
    assert.deepEqual(codes(line), ['debugserver-broken']);
  });

  it('JSON-escaped text pasted from a log', () => {
    assert.deepEqual(codes('"Couldn\'t start dlv dap:\\nError: spawn Unknown system error -86"', 'arm64'), ['dlv-bad-cpu']);
    assert.deepEqual(codes('\\u001b[31mcould not launch process: backend unavailable\\u001b[0m'), ['debugserver-not-found']);
  });

  it('several errors in one paste: every cause, each once, evidence accumulated', () => {
    const text = [
      'Build Error: go build -o __debug_bin (exit status 1)',
      'Failed to launch: could not launch process: native backend disabled during compilation',
      'Failed to launch: could not launch process: native backend disabled during compilation',
      'could not launch process: unknown backend "foo"',
    ].join('\n');
    const found = classifyText(text);
    // build-failed is generic: it folds (with its evidence) into the first precise cause.
    assert.deepEqual(found.map((f) => f.code), ['launch-native-backend', 'launch-unknown-backend']);
    assert.equal(found[0]?.evidence.filter((e) => e.includes('native backend')).length, 1);
    assert.ok(found[0]?.evidence.some((e) => e.startsWith('Build Error')));
  });

  it('a generic failure gives way to the precise one and keeps its evidence', () => {
    const found = classifyText("Couldn't start dlv dap:\nError: spawn Unknown system error -86\ndlv dap (12) exited with code: 1");
    assert.deepEqual(found.map((f) => f.code), ['dlv-bad-cpu']);
    assert.ok(found[0]?.evidence.includes('dlv dap (12) exited with code: 1'));
  });
});
