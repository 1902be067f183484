/**
 * Issue 10 items 1-4, 6: the findings follow what really runs. Over every snapshot scenario: no error finding about
 * a link that the launch never reaches (after a dlv that cannot start or refuses, or on a remote configuration);
 * and the new scenarios' exact wording where it matters.
 */
import * as assert from 'node:assert/strict';
import type { Finding, Report } from '../../../src/core/report/types';
import * as path from 'node:path';
import { diagnoseDir, diagnoseScenario, scenarioNames, SNAPSHOTS } from './helpers';

const DLV_STOPS = new Set(['dlv-not-found', 'dlv-bad-cpu', 'dlv-arch-mismatch', 'dlv-missing-lc-uuid']);
const AFTER_DLV = new Set(['debugserver', 'lldb-server', 'target', 'liblldb', 'permissions']);
const LOCAL = new Set(['vscode', 'shell', 'go', 'dlv', 'debugserver', 'lldb-server', 'target', 'liblldb', 'permissions', 'settings']);

function unreachedErrors(r: Report): Finding[] {
  const remote = r.findings.some((f) => f.code === 'remote-not-checked');
  if (remote) return r.findings.filter((f) => f.severity === 'error' && LOCAL.has(f.component));
  const stop = r.findings.find((f) => DLV_STOPS.has(f.code) && f.severity === 'error');
  if (!stop) return [];
  return r.findings.filter((f) => f.severity === 'error' && (AFTER_DLV.has(f.component) || f.code === 'debugserver-translated'));
}

describe('diagnosis: no error about a link the launch never reaches (issue 10 "Done when")', () => {
  for (const name of scenarioNames()) {
    it(name, async () => {
      const r = await diagnoseScenario(name);
      assert.deepEqual(unreachedErrors(r).map((f) => f.code), []);
    });
  }

  it('no Rosetta: dlv cannot start, said as exactly that, and nothing says it runs under Rosetta', async () => {
    const r = await diagnoseScenario('no-rosetta-amd64-dlv');
    const f = r.findings[0] as Finding;
    assert.equal(f.code, 'dlv-bad-cpu');
    assert.match(f.detail, /Rosetta is not installed, so macOS cannot start it at all \("Bad CPU type in executable", errno -86\)/);
    assert.doesNotMatch(JSON.stringify(r.findings), /runs under Rosetta/);
    assert.ok(f.evidence.some((e) => e.includes('EBADARCH')));
    assert.match(JSON.stringify(f.fixes), /go install github.com\/go-delve\/delve\/cmd\/dlv@latest/);
  });

  it('go amd64: the translated dlv refuses before debugserver; the amd64 build is a warning that says why', async () => {
    const r = await diagnoseScenario('go-amd64-apple-silicon');
    assert.ok(!r.findings.some((f) => f.code === 'debugserver-translated'));
    const dlv = r.findings.find((f) => f.code === 'dlv-arch-mismatch');
    assert.match(dlv?.detail ?? '', /refuses at launch, before it looks for debugserver/);
    const target = r.findings.find((f) => f.code === 'target-arch-mismatch');
    assert.equal(target?.severity, 'warning');
    assert.match(target?.detail ?? '', /Not reached today: dlv is built for the other CPU stops the launch/);
  });

  it('remote attach: local gaps only affect local launches; the remote side is reported unchecked', async () => {
    const r = await diagnoseScenario('remote-attach');
    const ds = r.findings.find((f) => f.code === 'debugserver-not-found');
    assert.equal(ds?.severity, 'warning');
    assert.match(ds?.detail ?? '', /only affects local launches: this configuration connects to a dlv server at 192\.168\.64\.2:2345/);
    const remote = r.findings.find((f) => f.code === 'remote-not-checked');
    assert.equal(remote?.severity, 'info');
    assert.match(remote?.detail ?? '', /was not checked/);
  });

  it('macOS 26: a dlv without LC_UUID is an error before launch, with the Go 1.24 fix', async () => {
    const r = await diagnoseScenario('macos26-old-dlv');
    const f = r.findings[0] as Finding;
    assert.equal(f.code, 'dlv-missing-lc-uuid');
    assert.match(f.detail, /missing LC_UUID load command in \/Users\/dev\/go\/bin\/dlv/);
    assert.match(f.detail, /built with go1\.19\.8/);
    assert.match(JSON.stringify(f.fixes), /Go 1\.24 or later/);
    assert.equal(r.findings.find((x) => x.code === 'dlv-too-old-for-macos')?.severity, 'warning');
  });

  it('macOS 14.5 with the same dlv: no LC_UUID finding (macOS 15 and earlier do not enforce it)', async () => {
    const r = await diagnoseScenario('healthy-apple-silicon');
    assert.ok(!r.findings.some((f) => /lc-uuid/.test(f.code)));
  });

  it('macOS 15.5 + Delve 1.23.0: E97 and DW_FORM_strx, both named', async () => {
    const r = await diagnoseScenario('macos15-old-delve');
    assert.match(r.findings[0]?.detail ?? '', /protocol error E97 during register read/);
    assert.match(r.findings[0]?.detail ?? '', /DW_FORM_strx/);
  });

  it('a go shim is followed to GOROOT/bin/go; the toolchain line decides the Go that builds', async () => {
    const r = await diagnoseScenario('go-shim-toolchain');
    const go = r.components.find((c) => c.id === 'go');
    assert.equal(go?.status, 'ok');
    assert.deepEqual(go?.archs, ['arm64']);
    assert.ok(go?.notes?.some((n) => n === '/Users/dev/.asdf/shims/go is a script (shim); the Go it runs: /Users/dev/.asdf/installs/golang/1.22.5/go/bin/go'), JSON.stringify(go?.notes));
    assert.ok(go?.notes?.some((n) => n === 'builds with go1.23.4 (the toolchain line (go1.23.4))'), JSON.stringify(go?.notes));
  });

  it('Delve builds with the go on its own PATH: said when it is not the one vscode-go shows', async () => {
    const r = await diagnoseScenario('delve-builds-other-go');
    assert.match(r.findings[0]?.detail ?? '', /vscode-go shows \/usr\/local\/go\/bin\/go, but Delve builds the program with the first go on its own PATH, \/opt\/homebrew\/bin\/go/);
  });

  it('every component status comes with its reason; a healthy dlv is ok', async () => {
    for (const name of scenarioNames()) {
      const r = await diagnoseScenario(name);
      for (const c of r.components) assert.ok((c.notes ?? []).length > 0, `${name}: ${c.id} has no reason`);
      if (name.startsWith('healthy')) assert.equal(r.components.find((c) => c.id === 'dlv')?.status, 'ok');
    }
  });

  it('attach local: the target is the running process, not a build; on macOS its executable is said to be unchecked', async () => {
    const r = await diagnoseDir(path.join(SNAPSHOTS, 'blog-goarch-amd64'), { launch: { config: { name: 'Attach', type: 'go', request: 'attach', mode: 'local', processId: 4242 } } });
    const target = r.components.find((c) => c.id === 'target');
    assert.deepEqual(target, { id: 'target', status: 'unknown', notes: ['the running process 4242: its executable was not checked'] });
    assert.ok(!r.findings.some((f) => f.code === 'target-arch-mismatch'), 'no build, so no GOARCH finding about the build');
    assert.ok(r.components[0]?.notes?.some((n) => n.startsWith('The executable of process 4242 (attach) was not checked')));
  });
});
