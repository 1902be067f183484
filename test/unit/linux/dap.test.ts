/**
 * Delve's Linux texts in explain and in the DAP watch: the QEMU ones as Debian's arm64 delve 1.20.2 printed them
 * under qemu-aarch64 here, the others as Delve's source writes them (research/failure-modes.md §1), in the old
 * `Failed to launch: ` and the Delve ≥ 1.26.1 `Failed to launch <program>: ` forms.
 */
import * as assert from 'node:assert/strict';
import { DapWatch } from '../../../src/core/dap';
import { explainReport } from '../../../src/core/explain';

const ROWS: [string, string][] = [
  ['could not launch process: fork/exec /tmp/elfx/hello-arm64: function not implemented', 'linux-emulated'],
  ['Failed to launch: could not launch process: fork/exec /workspaces/hello/__debug_bin3161: function not implemented', 'linux-emulated'],
  ['could not attach to pid 1: function not implemented', 'linux-emulated'],
  ['Command failed: input/output error', 'linux-emulated'],
  ['Unable to retrieve goroutines: input/output error', 'linux-emulated'],
  ['2024-05-02T10:00:00Z error layer=dap runtime error: input/output error', 'linux-emulated'],
  ['could not launch process: fork/exec /go/src/debug: operation not permitted', 'linux-ptrace-blocked'],
  ['Failed to attach: Could not attach to pid 4242: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope', 'linux-ptrace-scope'],
  ['could not launch process: To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later', 'dlv-dwarf5-old-go'],
];

describe('linux: Delve texts in explain and the DAP watch', () => {
  for (const [text, code] of ROWS) {
    it(`${code}: ${text.slice(0, 70)}`, () => {
      const f = explainReport(text).findings[0];
      assert.equal(f?.code, code);
      if (/function not implemented/.test(text)) assert.equal(f?.title, 'The container runs under QEMU emulation: Delve cannot work');
      if (/input\/output error/.test(text)) assert.equal(f?.title, 'The container runs under Rosetta for Linux: breakpoints fail');
    });
  }

  it('a failed launch response in the Delve ≥ 1.26.1 form, on an x86_64 kernel: QEMU, with the linux/amd64 image as fix', () => {
    const w = new DapWatch({ hardwareArch: 'x86_64' });
    w.onWillReceiveMessage({ seq: 2, type: 'request', command: 'launch', arguments: { mode: 'debug', program: '/work/hello' } });
    w.onDidSendMessage({
      seq: 9, type: 'response', request_seq: 2, command: 'launch', success: false, message: 'Failed to launch',
      body: { error: { id: 3000, format: 'Failed to launch /work/hello: could not launch process: fork/exec /work/hello/__debug_bin: function not implemented', showUser: true } },
    });
    const f = w.findings();
    assert.equal(f[0]?.code, 'linux-emulated');
    assert.ok(f[0]?.fixes.some((x) => x.title === 'Use the linux/amd64 variant of the image'), JSON.stringify(f[0]?.fixes));
  });

  it('the same words in the program\'s own output after a successful launch are not classified', () => {
    const w = new DapWatch();
    w.onDidSendMessage({ seq: 1, type: 'response', request_seq: 1, command: 'launch', success: true });
    w.onDidSendMessage({ seq: 2, type: 'event', event: 'output', body: { category: 'stdout', output: 'Command failed: input/output error\n' } });
    assert.deepEqual(w.findings(), []);
  });

  it('a plain EIO without Delve\'s words is not taken for Rosetta', () => {
    assert.deepEqual(explainReport('cat: /dev/sdz: input/output error').findings.map((f) => f.code), []);
  });
});

/** A successful set*Breakpoints response whose breakpoints Delve could not write (Rosetta for Linux, delve#3616). */
function bpResponse(command: string, breakpoints: unknown[]): unknown {
  return { seq: 7, type: 'response', request_seq: 5, command, success: true, body: { breakpoints } };
}

const EIO_BP = { id: 1, verified: false, message: 'input/output error', line: 53, source: { name: 'main.go', path: '/workspaces/app/main.go' } };

const BREAKPOINT_ROWS: [string, unknown, string | undefined][] = [
  ['setBreakpoints, one breakpoint unverified with input/output error', bpResponse('setBreakpoints', [EIO_BP]), 'breakpoint /workspaces/app/main.go:53 not verified: input/output error'],
  ['setBreakpoints, one verified and one EIO', bpResponse('setBreakpoints', [{ id: 2, verified: true, line: 10, source: { path: '/workspaces/app/main.go' } }, EIO_BP]), 'breakpoint /workspaces/app/main.go:53 not verified: input/output error'],
  ['setFunctionBreakpoints, a source name only', bpResponse('setFunctionBreakpoints', [{ verified: false, message: 'input/output error', source: { name: 'main.go' } }]), 'breakpoint main.go not verified: input/output error'],
  ['verified despite the words', bpResponse('setBreakpoints', [{ ...EIO_BP, verified: true }]), undefined],
  // (`could not find file …` is now a finding of its own, breakpoints-path-mismatch: test/unit/dap/breakpoints.test.ts.)
  ['unverified for another reason', bpResponse('setBreakpoints', [{ ...EIO_BP, message: 'could not find statement at /workspaces/app/main.go:53' }]), undefined],
  ['unverified without a message', bpResponse('setBreakpoints', [{ id: 1, verified: false, line: 53 }]), undefined],
  ['not a breakpoint response', bpResponse('threads', [EIO_BP]), undefined],
  ['breakpoints that are not an array', { seq: 7, type: 'response', request_seq: 5, command: 'setBreakpoints', success: true, body: { breakpoints: 'input/output error' } }, undefined],
  ['a null breakpoint beside the EIO one', bpResponse('setBreakpoints', [null, EIO_BP]), 'breakpoint /workspaces/app/main.go:53 not verified: input/output error'],
];

describe('linux: an unverified breakpoint with input/output error in a successful response (DAP watch)', () => {
  for (const [name, message, evidence] of BREAKPOINT_ROWS) {
    it(`${name}: ${evidence ? 'Rosetta' : 'no finding'}`, () => {
      const w = new DapWatch();
      w.onDidSendMessage({ seq: 1, type: 'response', request_seq: 1, command: 'launch', success: true });
      const added = w.onDidSendMessage(message);
      if (!evidence) return assert.deepEqual(w.findings(), []);
      const f = w.findings();
      assert.deepEqual(f.map((x) => x.code), ['linux-emulated']);
      assert.equal(f[0]?.title, 'The container runs under Rosetta for Linux: breakpoints fail');
      assert.deepEqual(f[0]?.evidence, [evidence]);
      assert.deepEqual(added.map((x) => x.code), ['linux-emulated']);
      assert.ok(f[0]?.fixes.some((x) => x.title === 'Use the linux/arm64 variant of the image'), JSON.stringify(f[0]?.fixes));
    });
  }
});
