/**
 * Delve's supported-Go window per release (issue 20 item 2): the table is compat.go read at each tag of
 * go-delve/delve (probe/delveCompat.ts), and `--check-go-version=false` in dlvFlags turns Delve's refusal into
 * its "WARNING: undefined behavior" (pkg/goversion/compat.go `Compatible`, warnonly).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import type { DarwinMachine } from '../../../src/core/probe/machine';
import { delveSupportsGo } from '../../../src/core/probe/delveCompat';
import DLV_TOO_OLD from '../../../src/core/findings/shared/dlv-too-old';
import GO_TOO_OLD from '../../../src/core/findings/shared/go-too-old';
import { darwinMachine, inputOf, SNAPSHOTS } from '../diagnose/helpers';

/** Delve's Go window before launch: the two finding modules that read it. */
const goDelveVersions = (m: DarwinMachine) => [...DLV_TOO_OLD.run(m), ...GO_TOO_OLD.run(m)];

/**
 * A Delve's window as delveSupportsGo judges it, Go 1.1 to 1.40 in turn: the Go minors it accepts must be one run,
 * those below it "go-too-old", those above it "dlv-too-old", each refusal naming that same window.
 */
const window = (v: string): [number, number] | undefined => {
  const judged = Array.from({ length: 40 }, (_, i) => ({ minor: i + 1, c: delveSupportsGo(v, `go1.${i + 1}.2`) }));
  if (judged.every((j) => j.c === undefined)) return undefined;
  const ok = judged.filter((j) => j.c?.ok).map((j) => j.minor);
  const range: [number, number] = [ok[0] as number, ok[ok.length - 1] as number];
  assert.equal(ok.length, range[1] - range[0] + 1, `Delve ${v} accepts one run of Go minors: ${ok.join(' ')}`);
  for (const { minor, c } of judged) {
    if (!c || c.ok) continue;
    assert.equal(c.problem, minor < range[0] ? 'go-too-old' : 'dlv-too-old', `Delve ${v}, Go 1.${minor}`);
    assert.deepEqual([c.window.minGo, c.window.maxGo], range, `Delve ${v}, Go 1.${minor}`);
  }
  return range;
};

describe('Delve / Go window per Delve release (compat.go at each tag)', () => {
  it('follows patch releases: 1.25.0 still stops at Go 1.24, 1.25.1 reaches 1.25; 1.21.1 drops 1.18', () => {
    assert.deepEqual(window('1.25.0'), [21, 24]);
    assert.deepEqual(window('1.25.1'), [22, 25]);
    assert.deepEqual(window('1.25.2'), [22, 25]);
    assert.deepEqual(window('1.26.3'), [24, 26]);
    assert.deepEqual(window('1.27.1'), [25, 27]);
    assert.deepEqual(window('1.24.2'), [21, 24]);
    assert.deepEqual(window('1.21.0'), [18, 21]);
    assert.deepEqual(window('1.21.1'), [19, 21]);
    assert.deepEqual(window('1.20.2'), [18, 20]);
    assert.deepEqual(window('1.9.0'), [16, 19]);
    assert.deepEqual(window('1.9.1'), [17, 19]);
    assert.equal(window('1.28.0'), undefined, 'a release line newer than the table');
    assert.equal(window('1.2.0'), undefined, 'one older than the table');
  });

  it('a Delve 1.25.0 refuses Go 1.25; 1.26 refuses Go 1.23; a release line newer than the table is never judged', () => {
    assert.equal((delveSupportsGo('1.25.0', 'go1.25.3') as { problem: string }).problem, 'dlv-too-old');
    assert.deepEqual(delveSupportsGo('1.25.1', 'go1.25.3'), { ok: true });
    assert.equal((delveSupportsGo('1.26.0', 'go1.23.9') as { problem: string }).problem, 'go-too-old');
    assert.equal(delveSupportsGo('1.28.0', 'go1.30.1'), undefined);
    assert.equal(delveSupportsGo('1.2.0', 'go1.30.1'), undefined);
  });
});

describe('rule: the window, and --check-go-version=false in dlvFlags', () => {
  async function m(): Promise<DarwinMachine> {
    return darwinMachine({ ...inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
  }

  it('is an error; with --check-go-version=false a warning naming Delve\'s "undefined behavior"', async () => {
    const x = await m();
    x.dlv.version = '1.25.0';
    x.target.goVersion = 'go1.25.1';
    assert.deepEqual(goDelveVersions(x).map((f) => [f.code, f.severity]), [['dlv-too-old', 'error']]);
    x.launch.config = { ...x.launch.config, dlvFlags: ['--check-go-version=false'] };
    const f = goDelveVersions(x)[0];
    assert.deepEqual([f?.code, f?.severity], ['dlv-too-old', 'warning']);
    assert.match(f?.detail ?? '', /WARNING: undefined behavior/);
    assert.ok(f?.evidence.includes('dlvFlags: --check-go-version=false'));
  });

  it('"--check-go-version false" (two words) does not switch the check off: pflag reads it as true', async () => {
    const x = await m();
    x.dlv.version = '1.25.0';
    x.target.goVersion = 'go1.25.1';
    x.launch.config = { ...x.launch.config, dlvFlags: ['--check-go-version', 'false'] };
    assert.equal(goDelveVersions(x)[0]?.severity, 'error');
  });
});
