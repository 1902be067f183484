import * as assert from 'node:assert/strict';
import { rank } from '../../../src/core/rules/rank';
import { moduleOf } from '../structure/modules';
import type { Finding } from '../../../src/core/report/types';

const f = (code: string): Finding => moduleOf(code).make({ detail: code, evidence: ['x'] });

describe('rank: root cause first, explained findings right after their cause', () => {
  it('an amd64 Go explains an amd64 dlv and the amd64 build', () => {
    const out = rank([f('target-arch-mismatch'), f('developer-mode-off'), f('dlv-arch-mismatch'), f('go-arch-mismatch')]);
    assert.deepEqual(out.map((x) => x.code), ['go-arch-mismatch', 'dlv-arch-mismatch', 'target-arch-mismatch', 'developer-mode-off']);
    assert.match(out[1]?.detail ?? '', /This follows from: The Go toolchain is built for the other CPU\./);
  });
  it('an x86_64 VS Code explains a translated debugserver and shell', () => {
    const out = rank([f('debugserver-translated'), f('shell-translated'), f('liblldb-mixed'), f('vscode-translated')]);
    assert.deepEqual(out.map((x) => x.code), ['vscode-translated', 'shell-translated', 'debugserver-translated', 'liblldb-mixed']);
  });
  it('without the cause, an explainable finding is a root, ordered by severity then chain', () => {
    const out = rank([f('liblldb-unreferenced'), f('developer-mode-off'), f('debugserver-translated'), f('dlv-too-old')]);
    assert.deepEqual(out.map((x) => x.code), ['dlv-too-old', 'debugserver-translated', 'developer-mode-off', 'liblldb-unreferenced']);
    assert.equal(out[1]?.detail, 'debugserver-translated');
  });
  it('Linux under emulation explains every CPU comparison with the kernel (the GOARCH a launch sets, the binaries)', () => {
    const out = rank([f('launch-goarch-override'), f('dlv-arch-mismatch'), f('linux-emulated'), f('go-arch-mismatch')]);
    assert.equal(out[0]?.code, 'linux-emulated');
    assert.deepEqual(new Set(out.slice(1).map((x) => x.code)), new Set(['launch-goarch-override', 'dlv-arch-mismatch', 'go-arch-mismatch']));
  });
});
