/**
 * Issue 20 item 10: generic texts never outrank their cause. Real Delve 1.20.2 transcripts (Debian's dlv dap, a
 * real failing build and a real stripped binary; test/fixtures/delve/record.mjs) replayed through a DapWatch as
 * VS Code's tracker feeds it, and Delve's source for the text 1.20 cannot print (debugger_linux.go:52 @3b775986).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DapWatch, classifyText } from '../../../src/core/dap';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/delve');

interface Recorded { id: string; request: string; args: Record<string, unknown>; messages: unknown[] }

function recorded(id: string): Recorded {
  const fx = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'texts-debian-1.20.json'), 'utf8')) as { cases: Recorded[] };
  const c = fx.cases.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
}

function replay(c: Recorded, keep: (m: unknown) => boolean = () => true) {
  const watch = new DapWatch({ platform: 'linux', hardwareArch: 'x86_64', launchIndex: 0 });
  watch.onWillReceiveMessage({ seq: 1, type: 'request', command: c.request, arguments: c.args });
  for (const m of c.messages.filter(keep)) watch.onDidSendMessage(m);
  return watch.findings();
}

const isResponse = (m: unknown) => (m as { type?: string }).type === 'response';

describe('dap: generic texts never outrank their cause (issue 20 item 10)', () => {
  it('a real failing build: build-failed on the program, the compiler line is the detail and the evidence, no launch-failed', () => {
    const f = replay(recorded('build-error'));
    assert.deepEqual(f.map((x) => [x.code, x.component]), [['build-failed', 'target']]);
    assert.ok(f[0]?.evidence.includes('./main.go:3:15: undefined: undefinedName'), JSON.stringify(f[0]?.evidence));
    assert.match(f[0]?.detail ?? '', /go build failed before Delve could start the program: \.\/main\.go:3:15: undefined: undefinedName/);
  });

  it('the response alone ("Failed to launch: Build error: Check the debug console for details."): build-failed, not launch-failed on dlv', () => {
    const c = recorded('build-error');
    const f = replay(c, isResponse);
    assert.ok(c.messages.filter(isResponse).some((m) => /Build error: Check the debug console/.test(JSON.stringify(m))));
    assert.deepEqual(f.map((x) => [x.code, x.component]), [['build-failed', 'target']]);
    assert.deepEqual(classifyText('Failed to launch: Build error: Check the debug console for details.').map((x) => x.code), ['build-failed']);
  });

  it('a real stripped binary (-ldflags=-s -w): target-no-debug-info on the program, said as Delve says it (stripped or go run, not "a Go too old for macOS")', () => {
    const f = replay(recorded('exec-stripped'));
    assert.deepEqual(f.map((x) => [x.code, x.component]), [['target-no-debug-info', 'target']]);
    assert.match(f[0]?.detail ?? '', /-ldflags='-s -w'.*`go run`/);
    assert.doesNotMatch(f[0]?.detail ?? '', /macOS/);
    assert.ok(f[0]?.fixes.some((x) => /-s \/ -w/.test(x.title)));
    assert.ok(f[0]?.fixes.some((x) => /go run/.test(x.title)));
  });

  it('already being debugged (Delve ≥ 1.26.1, debugger_linux.go:52): names the other tracer and how to see it', () => {
    const [f, ...rest] = classifyText('Failed to attach: could not attach to pid 4242: already being debugged by pid 4100', { platform: 'linux' });
    assert.equal(f?.code, 'attach-already-traced');
    assert.match(f?.detail ?? '', /Process 4242 is already being debugged by process 4100/);
    assert.ok(f?.fixes.some((x) => x.kind === 'command' && x.command === 'ps -o pid=,args= -p 4100'), JSON.stringify(f?.fixes));
    assert.deepEqual(rest.map((x) => x.code), [], 'the generic attach-failed folds into it');
  });
});
