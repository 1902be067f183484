import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap';
import { mergeReports } from '../../../src/core/findings/merge';
import { diagnoseScenario } from '../diagnose/helpers';
import type { Finding, Report } from '../../../src/core/report/types';

const f = (code: string, severity: Finding['severity'], evidence: string[] = [code]): Finding => ({
  code, severity, component: 'dlv', title: code, detail: code, evidence, fixes: [],
});

function preflight(findings: Finding[]): Report {
  return {
    format: 'go-lldb-doctor-report/1', verdict: 'warning',
    host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'x64', translated: true },
    components: [{ id: 'dlv', status: 'ok' }], findings,
  };
}

describe('report: mergeReports', () => {
  it('a DAP finding that confirms a preflight one stays in its root-cause place, evidence merged, verdict recomputed (issue 10 item 9)', () => {
    const pre = preflight([f('vscode-translated', 'error'), f('developer-mode-off', 'warning'), f('debugserver-translated', 'error', ['banner'])]);
    const r = mergeReports(pre, [f('debugserver-translated', 'error', ['observed']), f('launch-failed', 'error', ['Failed to launch: x'])]);
    assert.deepEqual(r.findings.map((x) => x.code), ['vscode-translated', 'debugserver-translated', 'developer-mode-off']);
    assert.deepEqual(r.findings[1]?.evidence, ['banner', 'observed', 'Failed to launch: x']);
    assert.equal(r.verdict, 'error');
    assert.deepEqual(r.host, pre.host);
    assert.deepEqual(r.components, pre.components);
  });

  it('under emulation the emulation leads: a GOARCH the launch or the container sets for the userland follows from it (the in-host qemu F5 test)', () => {
    const pre = preflight([f('linux-goarch-override', 'error'), f('launch-goarch-override', 'error'), f('linux-emulated', 'error')]);
    const r = mergeReports(pre, [f('linux-emulated', 'error', ['fork/exec ./__debug_bin: function not implemented'])]);
    assert.equal(r.findings[0]?.code, 'linux-emulated');
  });

  it('DAP-only findings follow the preflight ones of the same severity', () => {
    const r = mergeReports(preflight([f('liblldb-mixed', 'info'), f('developer-mode-off', 'warning')]), [f('target-not-executable', 'error')]);
    assert.deepEqual(r.findings.map((x) => x.code), ['target-not-executable', 'developer-mode-off', 'liblldb-mixed']);
  });

  it('a generic failure with no precise error stays listed', () => {
    const r = mergeReports(preflight([f('liblldb-mixed', 'info')]), [f('launch-failed', 'error')]);
    assert.deepEqual(r.findings.map((x) => x.code), ['liblldb-mixed', 'launch-failed']);
    assert.equal(r.verdict, 'error');
  });

  it('without a preflight: the given host, or unknown', () => {
    const dap = classifyText('could not launch process: native backend disabled during compilation');
    const r = mergeReports(undefined, dap, { platform: 'darwin', processArch: 'arm64' });
    assert.equal(r.format, 'go-lldb-doctor-report/1');
    assert.deepEqual(r.host, { platform: 'darwin', processArch: 'arm64' });
    assert.deepEqual(r.findings.map((x) => x.code), ['launch-native-backend']);
    assert.deepEqual(mergeReports(undefined, []).host, { platform: 'unknown', processArch: 'unknown' });
    assert.equal(mergeReports(undefined, []).verdict, 'ok');
  });

  it('duplicates within the DAP findings become one, with the graver severity', () => {
    const r = mergeReports(undefined, [f('debugserver-translated', 'warning', ['a']), f('debugserver-translated', 'error', ['b'])]);
    assert.deepEqual(r.findings.map((x) => [x.code, x.severity, x.evidence]), [['debugserver-translated', 'error', ['a', 'b']]]);
  });

  it('a failed F5 on a Mac whose VS Code runs under Rosetta: VS Code stays first; no Go/dlv fixes when both are native', async () => {
    const pre = await diagnoseScenario('rosetta-vscode');
    const dap = classifyText('debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1500.0.404.7\n for x86_64.\nFailed to launch: could not launch process: stub exited while waiting for connection: exit status 0', { hardwareArch: 'arm64' });
    const r = mergeReports(pre, dap);
    assert.equal(r.findings[0]?.code, 'vscode-translated');
    const titles = JSON.stringify(r.findings.map((x) => x.fixes));
    assert.doesNotMatch(titles, /Install the darwin\/arm64 Go toolchain|Reinstall dlv with that Go|Point go.alternateTools.dlv/);
    assert.ok(r.findings.find((x) => x.code === 'debugserver-translated')?.evidence.some((e) => e.includes('runs as x86_64')));
  });

  it('task_for_pid refused, then the stub exited: the refusal leads (it explains the exit)', async () => {
    const pre = await diagnoseScenario('healthy-apple-silicon');
    const dap = classifyText('error: failed to get the task for process 4242\nFailed to launch: could not launch process: stub exited while waiting for connection: exit status 1', { hardwareArch: 'arm64' });
    assert.deepEqual(mergeReports(pre, dap).findings.map((x) => x.code), ['task-for-pid-denied', 'debugserver-stub-exited']);
  });
});

