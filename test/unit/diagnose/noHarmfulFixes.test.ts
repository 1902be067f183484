import * as assert from 'node:assert/strict';
import type { Fix, Report } from '../../../src/core/report/types';
import { diagnoseScenario, scenarioNames } from './helpers';

const NONEXISTENT_ATTRS = ['dlvArgs', 'dlvDapMode'];

/** Why a fix would make things worse on this machine, or undefined. */
export function harm(fix: Fix, r: Report): string | undefined {
  const goarch = r.host.hardwareArch === 'arm64' ? 'arm64' : r.host.hardwareArch === 'x86_64' ? 'amd64' : undefined;
  const text = JSON.stringify(fix);
  if (/arch\s+-(?:arch\s+)?x86_64/.test(text) || /arch\s+-i386/.test(text)) return 'runs a tool under Rosetta';
  for (const m of text.matchAll(/GOARCH\s*[=:]\s*\\?"?(\w+)/g)) {
    if (goarch && m[1] !== goarch) return `sets GOARCH=${m[1]} away from the hardware (${goarch})`;
  }
  const go = r.components?.find((c) => c.id === 'go');
  if (fix.kind === 'command' && go?.status === 'mismatch' && go.path && fix.command.includes(`${go.path} install`)) return 'reinstalls dlv with a Go of the other CPU';
  if (fix.kind === 'edit') {
    const e = fix.edit;
    if (e.path.includes('GOARCH') && !e.remove && e.value !== goarch) return 'writes a GOARCH value';
    if (e.file === 'launch.json' && !e.remove && e.path.some((p) => NONEXISTENT_ATTRS.includes(String(p)))) return 'adds a launch attribute that does not exist';
    if (JSON.stringify(e.value ?? null).match(/dlvArgs|dlvDapMode/)) return 'writes a launch attribute that does not exist';
  }
  return undefined;
}

describe('no fix makes things worse', () => {
  it('the scanner catches each harmful kind', () => {
    const r = { host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'arm64' } } as Report;
    assert.ok(harm({ title: 't', kind: 'command', command: 'arch -x86_64 dlv dap' }, r));
    assert.ok(harm({ title: 't', kind: 'edit', edit: { file: 'settings.json', path: ['go.toolsEnvVars', 'GOARCH'], value: 'amd64' } }, r));
    assert.ok(harm({ title: 't', kind: 'command', command: 'GOARCH=amd64 go build' }, r));
    assert.ok(harm({ title: 't', kind: 'edit', edit: { file: 'launch.json', path: ['configurations', 0, 'dlvArgs'], value: [] } }, r));
    assert.equal(harm({ title: 't', kind: 'command', command: 'env -u GOOS -u GOARCH go install x@latest' }, r), undefined);
    const amd64Go = { ...r, components: [{ id: 'go', path: '/usr/local/go/bin/go', status: 'mismatch' }] } as Report;
    assert.ok(harm({ title: 't', kind: 'command', command: 'env -u GOARCH /usr/local/go/bin/go install github.com/go-delve/delve/cmd/dlv@latest' }, amd64Go));
    assert.equal(harm({ title: 't', kind: 'edit', edit: { file: 'launch.json', path: ['configurations', 0, 'dlvArgs'], remove: true } }, r), undefined);
  });

  for (const name of scenarioNames()) {
    it(`${name}: every fix of every finding is safe`, async () => {
      const r = await diagnoseScenario(name);
      for (const f of r.findings) for (const fix of f.fixes) assert.equal(harm(fix, r), undefined, `${f.code}: ${fix.title}`);
    });
  }
});
