import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import type { Host } from '../../../src/core/host/types';
import { diagnoseDir, inputOf, SNAPSHOTS } from './helpers';

function copyScenario(name: string, edit: (m: Record<string, unknown>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'robust-'));
  fs.cpSync(path.join(SNAPSHOTS, name), dir, { recursive: true, verbatimSymlinks: true });
  const file = path.join(dir, 'machine.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(m);
  fs.writeFileSync(file, JSON.stringify(m));
  return dir;
}

describe('diagnosis robustness', () => {
  it('commands with no record are unknown, never "missing"', async () => {
    const dir = copyScenario('healthy-apple-silicon', (m) => (m.commands = []));
    const r = await diagnoseDir(dir);
    assert.deepEqual(r.findings.map((f) => f.code), []);
    assert.equal(r.host.hardwareArch, 'arm64');
    assert.equal(r.components.find((c) => c.id === 'dlv')?.status, 'ok');
    assert.equal(r.components.find((c) => c.id === 'debugserver')?.status, 'ok');
  });

  it('an Intel process with no sysctl record does not guess the hardware', async () => {
    const dir = copyScenario('healthy-intel', (m) => (m.commands = []));
    const r = await diagnoseDir(dir);
    assert.equal(r.host.hardwareArch, undefined);
    assert.ok(r.findings.every((f) => f.severity !== 'error'), JSON.stringify(r.findings.map((f) => f.code)));
  });

  it('untrusted: never runs a go named by workspace settings, and says so', async () => {
    const input = inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon'));
    const ran: string[][] = [];
    const host: Host = { ...input.host, run: (argv, o) => { ran.push(argv); return input.host.run(argv, o); } };
    const settings = { 'go.alternateTools': { go: '/opt/homebrew/bin/go' } };
    const r = await diagnose({ ...input, host, settings, settingsByScope: { workspace: settings }, trusted: false, cache: new DiagnosisCache() });
    assert.ok(!ran.some((a) => a[0] === '/opt/homebrew/bin/go'), JSON.stringify(ran));
    assert.ok(r.components[0]?.notes?.some((n) => /untrusted workspace/.test(n)));
    const trusted = await diagnose({ ...input, host, settings, settingsByScope: { workspace: settings }, cache: new DiagnosisCache() });
    assert.deepEqual(trusted.findings, []);
    assert.ok(ran.some((a) => a[0] === '/opt/homebrew/bin/go'));
  });

  it('on a host that is neither macOS nor Linux: a short not-macos report', async () => {
    const input = inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon'));
    const r = await diagnose({ ...input, host: { ...input.host, platform: 'win32' } });
    assert.deepEqual(r.findings.map((f) => f.code), ['not-macos']);
    assert.equal(r.verdict, 'ok');
  });

  it('repeated diagnoses reuse the Mach-O cache and give the same report', async () => {
    // The work counted, not the clock: how many files each diagnosis opens to read Mach-O headers.
    const counted = (h: Host): { host: Host; opens: () => number } => {
      let n = 0;
      const host: Host = Object.assign(Object.create(h) as Host, { open: (p: string) => (n++, h.open(p)) });
      return { host, opens: () => n };
    };
    const cache = new DiagnosisCache();
    const input = inputOf(path.join(SNAPSHOTS, 'brew-and-system-lldb'));
    const first = counted(input.host);
    const a = await diagnose({ ...input, host: first.host, cache });
    const again = inputOf(path.join(SNAPSHOTS, 'brew-and-system-lldb'));
    const second = counted(again.host);
    const b = await diagnose({ ...again, host: second.host, cache });
    assert.deepEqual(a, b);
    assert.ok(first.opens() > 0, 'the first diagnosis reads Mach-O files');
    assert.equal(second.opens(), 0, 'the second one reads none: every header comes from the cache');
  });
});
