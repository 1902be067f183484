/**
 * DWARF 5 exactly as Delve decides it (issue 20 item 1; findings/shared/dlv-dwarf5-old-go.ts): only the Go compile units count
 * (pkg/proc/bininfo.go DwarfVersion), Delve ≥ 1.24.2 refuses, older Delve misreads, --check-go-version=false
 * turns the refusal into a logged line before the same misreading. exec mode reads the program's real units:
 * a Go 1.19 cgo program with clang -gdwarf-5 C units (built here) must not raise the finding, whatever its Go.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import { machineOf } from '../../../src/core/diagnoseInput';
import { type Machine } from '../../../src/core/probe/machine';
import { elfDwarf } from '../../../src/core/dwarf';
import { bufferByteSource } from '../macho/memorySource';
import DLV_DWARF5_OLD_GO from '../../../src/core/findings/shared/dlv-dwarf5-old-go';
import { inputOf, REPO, SNAPSHOTS } from '../diagnose/helpers';

const dwarf5OldDlv = DLV_DWARF5_OLD_GO.run;

const LINUX = path.join(REPO, 'examples/snapshots/linux-healthy-arm64-container');

async function linux(): Promise<Machine> {
  return machineOf({ ...inputOf(LINUX), cache: new DiagnosisCache() });
}

const REFUSES = /Delve 1\.25\.1 refuses it: "To debug executables using DWARFv5 or later Delve must be built with Go version 1\.25\.0 or later"/;

describe('rule: DWARF 5 and a dlv built with Go < 1.25 (Delve\'s own decision)', function () {
  this.timeout(300_000);

  it('a build by Go 1.25 on Linux: Delve ≥ 1.24.2 refuses, < 1.24.2 misreads, --check-go-version=false only logs', async () => {
    const m = await linux();
    m.go.env = { ...(m.go.env ?? {}), GOVERSION: 'go1.25.3' };
    m.dlv.builtWithGo = 'go1.24.6';
    m.dlv.version = '1.25.1';
    const f = dwarf5OldDlv(m)[0];
    assert.equal(f?.code, 'dlv-dwarf5-old-go');
    assert.equal(f?.severity, 'error');
    assert.match(f?.detail ?? '', REFUSES);
    assert.equal(f?.evidence.length, 2);
    m.dlv.version = '1.24.1';
    assert.match(dwarf5OldDlv(m)[0]?.detail ?? '', /older than 1\.24\.2, which added the check: it starts and misreads/);
    m.dlv.version = '1.25.1';
    m.launch.config = { ...m.launch.config, dlvFlags: ['--check-go-version=false'] };
    const w = dwarf5OldDlv(m)[0];
    assert.equal(w?.severity, 'error');
    assert.match(w?.detail ?? '', /only prints .* and goes on with a reader that misreads/);
    m.dlv.builtWithGo = 'go1.25.0';
    assert.deepEqual(dwarf5OldDlv(m), []);
  });

  it('darwin: only with GOEXPERIMENT=dwarf5', async () => {
    const m = await machineOf({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
    m.target.goVersion = 'go1.25.1';
    assert.deepEqual(dwarf5OldDlv(m), []);
    m.dlvEnv.GOEXPERIMENT = { value: 'boringcrypto,dwarf5', origin: 'launch.env' };
    assert.equal(dwarf5OldDlv(m)[0]?.code, 'dlv-dwarf5-old-go');
    m.dlvEnv.GOEXPERIMENT = { value: 'nodwarf5', origin: 'launch.env' };
    assert.deepEqual(dwarf5OldDlv(m), []);
  });

  it('exec: the program\'s real units decide; DWARF 5 C units of cgo (clang -gdwarf-5) do not count', async function () {
    if (!fs.existsSync('/usr/bin/go') || !fs.existsSync('/usr/bin/clang')) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dwarf5-'));
    try {
      fs.writeFileSync(path.join(dir, 'go.mod'), 'module dw\n\ngo 1.19\n');
      fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\n// int add(int a, int b) { return a + b; }\nimport "C"\nimport "fmt"\n\nfunc main() { fmt.Println(C.add(1, 2)) }\n');
      const out = path.join(dir, 'cgo5');
      execFileSync('/usr/bin/go', ['build', '-o', out, '.'], { cwd: dir, env: { ...process.env, CC: '/usr/bin/clang', CGO_CFLAGS: '-gdwarf-5 -O0', CGO_ENABLED: '1', GOFLAGS: '-mod=mod', GOPROXY: 'off' }, stdio: 'pipe' });
      const dwarf = elfDwarf(bufferByteSource(fs.readFileSync(out)), true);
      assert.deepEqual([dwarf.goVersion, dwarf.otherVersion], [4, 5]);
      const m = await linux();
      m.dlv.builtWithGo = 'go1.19.8';
      m.dlv.version = '1.25.1';
      m.target = { mode: 'exec', program: out, goVersion: 'go1.25.3', dwarf };
      // The file says Go 1.25 but its Go units are DWARF 4 (GOEXPERIMENT=nodwarf5, say): Delve accepts it.
      assert.deepEqual(dwarf5OldDlv(m), []);
      m.target.dwarf = { ...dwarf, goVersion: 5 };
      const f = dwarf5OldDlv(m)[0];
      assert.match(f?.detail ?? '', REFUSES);
      assert.match(f?.evidence[1] ?? '', /Go compile units DWARF 5 \(\d+ of \d+ units; other units DWARF 5, not counted by Delve\)/);
      // Unreadable DWARF: judged from the file's Go version (Linux, Go 1.25: DWARF 5 unless nodwarf5).
      m.target.dwarf = { units: 0, goUnits: 0, error: { code: 'read-failed', message: 'x' } };
      m.target.buildSettings = { GOEXPERIMENT: 'nodwarf5' };
      assert.deepEqual(dwarf5OldDlv(m), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
