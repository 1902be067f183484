/**
 * The Delve × macOS × Xcode × Go table (issue 10 item 7) and toolchain selection (item 3), on the Machine model of a
 * replayed healthy Mac with the versions changed: each row fires on its condition, and versions newer than the
 * table (or unparsable) never raise a finding.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import type { DarwinMachine, GoFacts, ToolchainFacts } from '../../../src/core/probe/machine';
import DLV_MISSING_LC_UUID from '../../../src/core/findings/darwin/dlv-missing-lc-uuid';
import TARGET_MISSING_LC_UUID from '../../../src/core/findings/darwin/target-missing-lc-uuid';
import DLV_TOO_OLD_FOR_MACOS from '../../../src/core/findings/darwin/dlv-too-old-for-macos';
import GO_TOO_OLD_FOR_XCODE from '../../../src/core/findings/darwin/go-too-old-for-xcode';
import DLV_DWARF5_MACOS_PANIC from '../../../src/core/findings/darwin/dlv-dwarf5-macos-panic';
import DLV_DWARF5_OLD_GO from '../../../src/core/findings/shared/dlv-dwarf5-old-go';
import { probeToolchain } from '../../../src/core/probe/toolchain';
import { probeContext } from '../../../src/core/probe/context';
import { liveHost } from '../../../src/core/host/live';
import { darwinMachine, inputOf, SNAPSHOTS } from '../diagnose/helpers';

const lineStrPanic = DLV_DWARF5_MACOS_PANIC.run;
const dwarf5OldGo = DLV_DWARF5_OLD_GO.run;
const delveForMacos = DLV_TOO_OLD_FOR_MACOS.run;
const xcode16Cgo = GO_TOO_OLD_FOR_XCODE.run;
/** The LC_UUID checks of dlv and of the program, in their rule order (rules/darwin/index.ts). */
const lcUuid = (m: DarwinMachine) => [...DLV_MISSING_LC_UUID.run(m), ...TARGET_MISSING_LC_UUID.run(m)];

async function mac(): Promise<DarwinMachine> {
  return darwinMachine({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
}

describe('rules: Delve × macOS × Xcode × Go', () => {
  it('E97 from macOS 15.4 with Delve < 1.24.2; not with 1.24.2, nor on an unknown newer Delve or macOS', async () => {
    const m = await mac();
    m.host.osVersion = '15.4';
    m.dlv.version = '1.24.1';
    assert.equal(delveForMacos(m)[0]?.code, 'dlv-too-old-for-macos');
    m.dlv.version = '1.24.2';
    assert.deepEqual(delveForMacos(m), []);
    m.dlv.version = '2.0.0';
    m.host.osVersion = '31.2';
    assert.deepEqual(delveForMacos(m), []);
    m.dlv.version = 'devel';
    assert.deepEqual(delveForMacos(m), []);
  });

  it('LC_UUID: only from macOS 26; a build by Go >= 1.24 or with external linking is fine', async () => {
    const m = await mac();
    assert.deepEqual(lcUuid(m), []);
    m.host.osVersion = '26.1';
    // Both errors: dyld refuses a build by Go ≤ 1.23's internal linker as surely as a dlv without LC_UUID
    // (delve#4162); the finding was a warning whose own text said the program could not start (issue 20 item 3).
    assert.deepEqual(lcUuid(m).map((f) => [f.code, f.severity]), [['dlv-missing-lc-uuid', 'error'], ['target-missing-lc-uuid', 'error']]);
    m.target.goVersion = 'go1.24.2';
    assert.deepEqual(lcUuid(m).map((f) => f.code), ['dlv-missing-lc-uuid']);
    m.target.goVersion = 'go1.22.5';
    m.launch.config = { ...m.launch.config, buildFlags: '-ldflags=-linkmode=external' };
    assert.deepEqual(lcUuid(m).map((f) => f.code), ['dlv-missing-lc-uuid']);
  });

  it('Xcode 16 LLDB + cgo + Go < 1.23 is a warning that says what was not checked', async () => {
    const m = await mac();
    m.darwin.lldb.frameworkVersion = { value: '1600.0.39.3', path: '/Library/Developer/CommandLineTools/Library/PrivateFrameworks/LLDB.framework/Versions/A/Resources/Info.plist' };
    m.target.goVersion = 'go1.22.5';
    const f = xcode16Cgo(m)[0];
    assert.equal(f?.severity, 'warning');
    assert.match(f?.detail ?? '', /Not checked: whether the program uses cgo/);
    m.target.goVersion = 'go1.23.0';
    assert.deepEqual(xcode16Cgo(m), []);
    m.target.goVersion = 'go1.22.5';
    m.darwin.lldb.frameworkVersion.value = '1500.0.404.7';
    assert.deepEqual(xcode16Cgo(m), []);
  });

  it('DWARF 5 on macOS only with GOEXPERIMENT=dwarf5, Go >= 1.25 and a dlv built with Go < 1.25', async () => {
    const m = await mac();
    m.target.goVersion = 'go1.25.1';
    assert.deepEqual(dwarf5OldGo(m), []);
    m.dlvEnv.GOEXPERIMENT = { value: 'dwarf5', origin: 'launch.env' };
    assert.equal(dwarf5OldGo(m)[0]?.code, 'dlv-dwarf5-old-go');
  });
});

describe('rules: Delve 1.26.2 and DWARF 5 on macOS (delve#4311, fixed in 1.26.3)', () => {
  it('fires for Delve 1.26.2 only, with GOEXPERIMENT=dwarf5 or an exec program with DWARF 5 units of any language', async () => {
    const m = await mac();
    m.dlv.version = '1.26.2';
    m.target.goVersion = 'go1.25.1';
    assert.deepEqual(lineStrPanic(m), []);
    m.dlvEnv.GOEXPERIMENT = { value: 'dwarf5', origin: 'launch.env' };
    const f = lineStrPanic(m)[0];
    assert.deepEqual([f?.code, f?.severity], ['dlv-dwarf5-macos-panic', 'error']);
    assert.match(f?.detail ?? '', /panic in parseFileEntries5.*1\.26\.3/);
    m.dlv.version = '1.26.3';
    assert.deepEqual(lineStrPanic(m), []);
    m.dlv.version = '1.26.2';
    m.target = { mode: 'exec', program: '/p', goVersion: 'go1.24.1', dwarf: { units: 3, goUnits: 2, goVersion: 4, otherVersion: 5 } };
    assert.equal(lineStrPanic(m).length, 1);
    m.target.dwarf = { units: 3, goUnits: 3, goVersion: 4 };
    assert.deepEqual(lineStrPanic(m), []);
    m.host.platform = 'linux';
    m.target.dwarf = { units: 3, goUnits: 3, goVersion: 5 };
    assert.deepEqual(lineStrPanic(m), []);
  });
});

/** The toolchain probe of an installed Go, a GOTOOLCHAIN and a real go.mod (GOMOD) read through the live host. */
function toolchainOf(installed: string, gotoolchain: string | undefined, goMod: string): ToolchainFacts {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolchain-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), goMod);
    const ctx = probeContext({ host: liveHost({ env: {} }), cache: new DiagnosisCache(), trusted: true, timeoutMs: 1000 });
    const go: GoFacts = { version: installed, env: { GOMOD: path.join(dir, 'go.mod') }, searched: [] };
    return probeToolchain(ctx, go, gotoolchain ? { GOTOOLCHAIN: { value: gotoolchain, origin: 'go env' } } : {}, dir, undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const chosen = (f: ToolchainFacts) => ({ version: f.effective, why: f.why });

describe('probe: the Go that builds (go.dev/doc/toolchain)', () => {
  it('reads the go and toolchain lines', () => {
    const f = toolchainOf('go1.22.5', undefined, 'module x\n\ngo 1.22\n\ntoolchain go1.23.4\n');
    assert.deepEqual([f.goLine, f.toolchainLine, f.installed], ['1.22', 'go1.23.4', 'go1.22.5']);
  });

  it('switches only to a newer toolchain under auto; local and a named toolchain win', () => {
    const both = 'module x\n\ngo 1.22\n\ntoolchain go1.23.4\n';
    assert.deepEqual(chosen(toolchainOf('go1.22.5', 'auto', both)), { version: 'go1.23.4', why: 'the toolchain line (go1.23.4)' });
    assert.deepEqual(chosen(toolchainOf('go1.24.0', 'auto', both)), { version: 'go1.24.0', why: 'the installed Go' });
    assert.deepEqual(chosen(toolchainOf('go1.22.5', 'local', 'module x\ntoolchain go1.23.4\n')), { version: 'go1.22.5', why: 'GOTOOLCHAIN=local' });
    assert.deepEqual(chosen(toolchainOf('go1.22.5', 'go1.21.13', 'module x\ntoolchain go1.23.4\n')), { version: 'go1.21.13', why: 'GOTOOLCHAIN=go1.21.13' });
    assert.deepEqual(chosen(toolchainOf('go1.22.5', 'go1.21.13+auto', 'module x\ngo 1.23.0\n')), { version: 'go1.23.0', why: 'the go line (1.23.0)' });
  });
});
