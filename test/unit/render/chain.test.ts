/**
 * Issue 19 item 6: the debug chain of a report (report/chain-links) — its links in the order people think of them,
 * each with its CPU and state, the root cause's link, the Linux boundary — from real scenario snapshots, and the
 * same chain as one line of the text report.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { setLang } from '../../../src/core/i18n';
import { debugChain } from '../../../src/core/report/chain-links';
import { chainAlt } from '../../../src/core/report/chain-words';
import { renderText } from '../../../src/core/report/render';
import type { Report } from '../../../src/core/report/types';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const example = (n: string) => diagnoseDir(path.join(REPO, 'examples/snapshots', n));
const chainLine = (r: Report) => renderText(r, { color: false }).split('\n').find((l) => /^(?:Chain: |调试链：)/.test(l));

describe('debug chain', () => {
  afterEach(() => setLang('en'));

  it('macOS, VS Code under Rosetta: five links, VS Code the root cause, debugserver failing after it', async () => {
    const c = debugChain(await example('rosetta-vscode'));
    assert.ok(c);
    assert.deepEqual(c.links.map((l) => [l.id, l.cpu, l.status, l.rootCause]), [
      ['vscode', 'x86_64', 'failing', true],
      ['go', 'arm64', 'ok', false],
      ['dlv', 'arm64', 'ok', false],
      ['debugserver', 'x86_64/arm64e', 'failing', false],
      ['target', 'arm64', 'ok', false],
    ]);
    assert.equal(c.boundary, undefined);
    assert.equal(c.rootCause?.code, 'vscode-translated');
  });

  it('a healthy Mac: every link works, no root cause', async () => {
    const r = await example('healthy-apple-silicon');
    const c = debugChain(r);
    assert.ok(c?.links.every((l) => l.status === 'ok' && !l.rootCause));
    assert.equal(c?.rootCause, undefined);
    assert.equal(chainLine(r), 'Chain: VS Code arm64 ✔ → go arm64 ✔ → dlv arm64 ✔ → debugserver x86_64/arm64e ✔ → the program arm64 ✔');
  });

  it('Linux under QEMU: the links inside a container boundary that is the root cause; no debugserver', async () => {
    const r = await example('linux-qemu-amd64-container');
    assert.deepEqual(r.host.boundary, { kind: 'container', emulator: 'qemu' });
    const c = debugChain(r);
    assert.ok(c?.boundary);
    assert.equal(c.boundary.rootCause, true);
    assert.equal(c.boundary.status, 'failing');
    assert.equal(c.boundary.kernelCpu, 'aarch64');
    assert.deepEqual(c.links.map((l) => `${l.id}:${l.cpu ?? '?'}:${l.status}`), ['vscode:x86_64:failing', 'go:x86_64:failing', 'dlv:x86_64:failing', 'target:?:unknown']);
    assert.equal(chainLine(r), 'Chain: [container, under QEMU, kernel aarch64 ✖ root cause: VS Code server x86_64 ✖ → go x86_64 ✖ → dlv x86_64 ✖ → the program ?]');
    assert.equal(chainAlt(c, 'en'), 'Debug chain: inside the container, under QEMU, kernel aarch64: fails (root cause): VS Code server (x86_64): fails → go (x86_64): fails → dlv (x86_64): fails → the program (CPU unknown): not checked.');
    assert.match(chainAlt(c, 'zh-cn'), /^调试链：在容器，在 QEMU 下运行，内核 aarch64：失败（根本原因）内：VS Code 服务器（x86_64）：失败/);
  });

  it('a healthy Linux container: a boundary, nothing failing', async () => {
    const c = debugChain(await example('linux-healthy-arm64-container'));
    assert.deepEqual(c?.boundary && { kind: c.boundary.kind, status: c.boundary.status, root: c.boundary.rootCause }, { kind: 'container', status: 'ok', root: false });
    assert.ok(c?.links.slice(0, 3).every((l) => l.status === 'ok'));
  });

  it('a container whose seccomp blocks ptrace (a kernel before 4.8): the boundary warns and is the root cause, the links work', async () => {
    const c = debugChain(await example('linux-seccomp-old-kernel-container'));
    assert.deepEqual(c?.boundary && [c.boundary.status, c.boundary.rootCause, c.boundary.findings], ['warning', true, ['linux-ptrace-blocked']]);
    assert.ok(c?.links.slice(0, 3).every((l) => l.status === 'ok' && !l.rootCause));
  });

  it('a root cause off the chain (a GOARCH setting) is named beside it; the program fails', async () => {
    const r = await example('blog-goarch-amd64');
    const c = debugChain(r);
    assert.equal(c?.rootCause?.onChain, false);
    assert.equal(c?.links.find((l) => l.id === 'target')?.status, 'failing');
    assert.match(chainLine(r) ?? '', / · Root cause outside the chain: /);
  });

  it('the text line is in the report language and sits above the components table', async () => {
    setLang('zh-cn');
    const r = await example('rosetta-vscode');
    const out = renderText(r, { color: false });
    assert.match(chainLine(r) ?? '', /^调试链：VS Code x86_64 ✖ 根本原因 → /);
    assert.ok(out.indexOf('调试链：') < out.indexOf('组件'));
  });

  it('no chain for a report without components (explain)', () => {
    const r: Report = { format: 'go-lldb-doctor-report/1', verdict: 'ok', host: { platform: 'darwin', processArch: 'arm64' }, components: [], findings: [] };
    assert.equal(debugChain(r), undefined);
    assert.equal(chainLine(r), undefined);
  });
});
