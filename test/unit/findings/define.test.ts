/**
 * defineFinding's narrowed form (issue 17 item 2): a module of one platform writes `darwin:` or `linux:` with that
 * platform's machine, and define.ts derives its platforms and narrows the Machine once (through onMachine). Run on
 * real replayed machines (a Mac snapshot, a Linux container snapshot): each check sees only its own platform's
 * machine, and the shared form (`check` + `platforms`) stays as written.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosisCache } from '../../../src/core/diagnose';
import { defineFinding } from '../../../src/core/findings/define';
import { moduleChecks } from '../../../src/core/findings/registry';
import type { DarwinMachine, LinuxMachine, Machine } from '../../../src/core/probe/machine';
import LIBLLDB_NOT_FOUND from '../../../src/core/findings/darwin/liblldb-not-found';
import LINUX_PTRACE_SCOPE from '../../../src/core/findings/linux/linux-ptrace-scope';
import { darwinMachine, inputOf, linuxMachine, REPO } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');
const mac = (): Promise<DarwinMachine> => darwinMachine({ ...inputOf(path.join(EXAMPLES, 'healthy-apple-silicon')), cache: new DiagnosisCache() });
const linux = (): Promise<LinuxMachine> => linuxMachine({ ...inputOf(path.join(EXAMPLES, 'linux-healthy-arm64-container')), cache: new DiagnosisCache() });

const TEXT = { en: 'e', zh: '中' };
const base = { component: 'dlv', severity: 'warning', title: TEXT, texts: {} } as const;

describe('findings: defineFinding narrows the Machine for a module of one platform', () => {
  it('darwin: only — platforms [darwin]; the check gets the Mac\'s machine itself and a bound make, and a Linux machine never reaches it', async () => {
    const seen: Machine[] = [];
    const mod = defineFinding({ ...base, code: 'narrow-darwin', darwin: (x, make) => { seen.push(x); return [make({ detail: `${x.platform}: ${x.darwin.lldb.candidates.length} LLDB candidates`, evidence: [] })]; } });
    assert.deepEqual(mod.platforms, ['darwin']);
    const m = await mac();
    assert.deepEqual(mod.run(m).map((f) => [f.code, f.component, f.detail, f.title]), [['narrow-darwin', 'dlv', `darwin: ${m.darwin.lldb.candidates.length} LLDB candidates`, 'e']]);
    assert.equal(seen[0], m);
    assert.deepEqual(mod.run(await linux()), []);
    assert.equal(seen.length, 1, 'the darwin check ran on the Mac only');
  });

  it('linux: only — platforms [linux]; a Mac\'s machine never reaches it', async () => {
    const seen: Machine[] = [];
    const mod = defineFinding({ ...base, code: 'narrow-linux', linux: (x, make) => { seen.push(x); return [make({ detail: `${x.platform}: ${x.linux?.kernelRelease}`, evidence: [] })]; } });
    assert.deepEqual(mod.platforms, ['linux']);
    assert.deepEqual(mod.run(await mac()), []);
    const l = await linux();
    assert.deepEqual(mod.run(l).map((f) => f.detail), [`linux: ${l.linux?.kernelRelease}`]);
    assert.deepEqual(seen, [l]);
  });

  it('both: platforms [darwin, linux], each machine reaches its own check', async () => {
    const mod = defineFinding({ ...base, code: 'narrow-both', darwin: (_x, make) => [make({ detail: 'd', evidence: [] })], linux: (_x, make) => [make({ detail: 'l', evidence: [] })] });
    assert.deepEqual(mod.platforms, ['darwin', 'linux']);
    assert.deepEqual([...mod.run(await mac()), ...mod.run(await linux())].map((f) => f.detail), ['d', 'l']);
  });

  it('the shared form keeps its check and platforms as written; no check, no platforms', async () => {
    const check = (m: Machine): never[] => (m.platform ? [] : []);
    const shared = defineFinding({ ...base, code: 'shared-form', check, platforms: ['linux', 'darwin'] });
    assert.equal(shared.check, check);
    assert.deepEqual(shared.platforms, ['linux', 'darwin']);
    const none = defineFinding({ ...base, code: 'no-check' });
    assert.deepEqual([none.check, none.platforms, none.run(await mac())], [undefined, [], []]);
    // @ts-expect-error -- a module is either narrowed or shared: `check` beside `darwin` does not type-check.
    defineFinding({ ...base, code: 'both-forms', check, darwin: () => [] });
  });

  it('a migrated module runs where it did: liblldb-not-found on macOS only, linux-ptrace-scope on Linux only', () => {
    assert.deepEqual(LIBLLDB_NOT_FOUND.platforms, ['darwin']);
    assert.deepEqual(LINUX_PTRACE_SCOPE.platforms, ['linux']);
    assert.ok(moduleChecks('darwin').includes(LIBLLDB_NOT_FOUND.run) && !moduleChecks('linux').includes(LIBLLDB_NOT_FOUND.run));
    assert.ok(moduleChecks('linux').includes(LINUX_PTRACE_SCOPE.run) && !moduleChecks('darwin').includes(LINUX_PTRACE_SCOPE.run));
  });
});
