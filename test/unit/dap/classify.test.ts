import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap';
import { t } from '../../../src/core/i18n';
import { KNOWN_CODES, moduleOf } from '../structure/modules';
import type { Finding } from '../../../src/core/report/types';
import { HEALTHY, ROWS } from './strings';

const FORBIDDEN = [/GOARCH=amd64/i, /arch -x86_64/, /-arch x86_64/, /dlvArgs/];

function assertWellFormed(f: Finding): void {
  assert.ok(KNOWN_CODES.has(f.code), `unknown code ${f.code}`);
  const mod = moduleOf(f.code);
  assert.equal(f.component, mod.component);
  assert.equal(f.title, t(mod.title));
  assert.ok(f.evidence.length > 0 && f.detail.length > 0);
  for (const fix of f.fixes) {
    const text = JSON.stringify(fix);
    for (const bad of FORBIDDEN) assert.doesNotMatch(text, bad, `${f.code} offers a harmful fix: ${text}`);
  }
}

describe('dap: classifyText on every real message', () => {
  for (const row of ROWS) {
    it(`${row.label}${row.hw ? ` [${row.hw}]` : ''}`, () => {
      const found = classifyText(row.text, { hardwareArch: row.hw });
      assert.deepEqual(found.map((f) => f.code), row.codes);
      found.forEach(assertWellFormed);
      if (row.evidence) assert.ok(found[0]?.evidence.includes(row.evidence), `evidence ${JSON.stringify(found[0]?.evidence)}`);
      for (const hw of ['arm64', 'x86_64', undefined]) classifyText(row.text, { hardwareArch: hw }).forEach(assertWellFormed);
    });
  }

  for (const text of HEALTHY) {
    it(`healthy output gives nothing: ${JSON.stringify(text.slice(0, 40))}`, () => {
      for (const hw of ['arm64', 'x86_64', undefined]) assert.deepEqual(classifyText(text, { hardwareArch: hw }), []);
    });
  }
});

describe('dap: fixes depend on the hardware, and say so when it is unknown', () => {
  const stub = 'could not launch process: stub exited while waiting for connection: exit status 0';

  it('Apple Silicon: the maintainers\' Rosetta fixes first, in order', () => {
    const [f] = classifyText(stub, { hardwareArch: 'arm64' });
    assert.deepEqual(f?.fixes.slice(0, 4).map((x) => x.title), [
      'Install the Apple Silicon (arm64) or Universal build of VS Code',
      'Install the darwin/arm64 Go toolchain',
      'Reinstall dlv with that Go',
      'Point go.alternateTools.dlv at an arm64 dlv',
    ]);
  });

  it('Intel: permissions, developer group, Command Line Tools', () => {
    const [f] = classifyText(stub, { hardwareArch: 'x86_64h' });
    assert.deepEqual(f?.fixes.map((x) => (x.kind === 'command' ? x.command : x.title)), [
      'sudo DevToolsSecurity -enable',
      'sudo dseditgroup -o edit -a "$USER" -t user _developer',
      'xcode-select --install',
    ]);
  });

  it('unknown: asks for the CPU first and labels the Apple Silicon fixes', () => {
    const [f] = classifyText(stub);
    assert.match(f?.detail ?? '', /does not say which CPU/);
    assert.equal(f?.fixes[0]?.kind === 'command' && f.fixes[0].command, 'sysctl -in hw.optional.arm64');
    assert.ok(f?.fixes.some((x) => x.title.startsWith('On Apple Silicon: ')));
  });

  it('bad CPU type: an arm64 dlv on Apple Silicon, never Rosetta for dlv', () => {
    const [arm] = classifyText('spawn Unknown system error -86', { hardwareArch: 'arm64' });
    assert.match(arm?.detail ?? '', /x86_64 build/);
    assert.equal(arm?.fixes[0]?.title, 'Install the darwin/arm64 Go toolchain');
    const [intel] = classifyText('spawn Unknown system error -86', { hardwareArch: 'x64' });
    assert.match(intel?.detail ?? '', /arm64 build/);
    const [unknown] = classifyText('spawn Unknown system error -86');
    assert.match(unknown?.detail ?? '', /does not say which CPU/);
  });

  it('native backend: an edit of launch.json when the configuration index is known', () => {
    const text = 'could not launch process: native backend disabled during compilation';
    assert.deepEqual(classifyText(text, { launchIndex: 2 })[0]?.fixes, [
      { kind: 'edit', title: 'Remove "backend": "native" from launch.json', edit: { file: 'launch.json', path: ['configurations', 2, 'backend'], remove: true } },
    ]);
    assert.equal(classifyText(text)[0]?.fixes[0]?.kind, 'manual');
  });

  it('a banner saying x86_64 is normal on Intel', () => {
    const text = 'debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1200.0.44\n for x86_64.\ncould not launch process: stub exited while waiting for connection: exit status 0';
    assert.deepEqual(classifyText(text, { hardwareArch: 'x86_64' }).map((f) => f.code), ['debugserver-stub-exited']);
    const translated = classifyText(text, { hardwareArch: 'arm64' });
    assert.deepEqual(translated.map((f) => [f.code, f.severity]), [['debugserver-translated', 'error'], ['debugserver-stub-exited', 'error']]);
    assert.ok(translated[1]?.evidence.includes('debugserver banner: lldb-1200.0.44 for x86_64'));
  });
});

describe('dap: the platform, when known, keeps macOS-only fixes to macOS', () => {
  it('attach and lldb-server failures on Linux', () => {
    const attach = classifyText('Failed to attach: could not attach to pid 77: operation not permitted', { platform: 'linux' });
    assert.deepEqual(attach.map((f) => f.code), ['attach-permission-denied']);
    assert.match(JSON.stringify(attach[0]?.fixes), /ptrace_scope/);
    assert.doesNotMatch(JSON.stringify(attach[0]?.fixes), /DevToolsSecurity/);
    const mac = classifyText('Failed to attach: could not attach to pid 77: ', { platform: 'darwin' });
    assert.match(JSON.stringify(mac[0]?.fixes), /DevToolsSecurity/);
    const stub = classifyText('could not launch process: stub exited while attempting to connect: exit status 1', { platform: 'linux' });
    assert.doesNotMatch(JSON.stringify(stub[0]?.fixes), /xcode-select/);
  });
});
