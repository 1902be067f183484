/**
 * Delve's launch texts whose findings are modules that share a text with another code (issue 17 item 2): the
 * exec-mode program and the core file share `open …: no such file or directory`, `backend unavailable` is rr's or
 * a stub's by the backend asked for, and the launch request's GOARCH is named after a failed launch.
 */
import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap/classify';

const codes = (text: string, ctx?: Parameters<typeof classifyText>[1]) => classifyText(text, ctx).map((f) => f.code);

describe('classifier: launch texts shared by two codes', () => {
  it('`open <path>: no such file or directory`: the program after "could not launch process:", the core file only in mode core', () => {
    assert.deepEqual(codes('could not launch process: open /w/prog: no such file or directory', { launch: { mode: 'core' } }), ['launch-program-missing']);
    // Delve ≥ 1.26.1 names the core file after `Failed to launch` (findings/shared/launch-failed.ts); generic, it folds in.
    const text = 'Failed to launch core file /w/core.1: open /w/core.1: no such file or directory';
    const core = classifyText(text, { launch: { mode: 'core' } });
    assert.deepEqual(core.map((f) => [f.code, f.detail]), [['launch-core-missing', 'The core file /w/core.1 does not exist.']]);
    assert.deepEqual(codes(text, { launch: { mode: 'exec' } }), ['launch-failed']);
  });

  it('`backend unavailable`: rr missing with backend "rr", else the stub of the platform', () => {
    const text = 'could not launch process: backend unavailable';
    assert.deepEqual(codes(text, { platform: 'linux', launch: { backend: 'rr' } }), ['launch-rr-missing']);
    assert.deepEqual(codes(text, { platform: 'darwin', launch: { backend: 'rr' } }), ['launch-rr-missing']);
    assert.deepEqual(codes(text, { platform: 'linux', launch: { backend: 'lldb' } }), ['lldb-server-missing']);
    assert.deepEqual(codes(text, { platform: 'darwin' }), ['debugserver-not-found']);
  });

  it('attach refused: the Mac\'s permission fixes on macOS, ptrace\'s elsewhere', () => {
    const text = 'Failed to attach: could not attach to pid 42: operation not permitted';
    const mac = classifyText(text, { platform: 'darwin' })[0];
    const linux = classifyText(text, { platform: 'linux' })[0];
    assert.equal(mac?.code, 'attach-permission-denied');
    assert.ok(mac?.fixes.some((f) => f.kind === 'command' && f.command === 'sudo DevToolsSecurity -enable'));
    assert.equal(linux?.code, 'attach-permission-denied');
    assert.equal(linux?.fixes.length, 1);
    assert.ok(!linux?.fixes.some((f) => f.kind === 'command'));
  });

  it('the launch request\'s GOARCH for the other CPU is named after an error, not after nothing', () => {
    const ctx = { hardwareArch: 'arm64', launch: { goarch: 'amd64' } };
    const found = classifyText('could not launch process: unknown backend "gdb"', ctx);
    assert.deepEqual(found.map((f) => f.code), ['launch-goarch-override', 'launch-unknown-backend']);
    assert.deepEqual(found[0]?.evidence, ['launch request: env.GOARCH=amd64', 'hardware: arm64']);
    assert.deepEqual(codes('could not launch process: unknown backend "gdb"', { hardwareArch: 'arm64', launch: { goarch: 'arm64' } }), ['launch-unknown-backend']);
    assert.deepEqual(codes('Type \'dlv help\' for list of commands.', ctx), []);
  });
});
