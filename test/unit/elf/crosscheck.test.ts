/** The ELF reader against independent oracles on real files: readelf, llvm-readobj and `go version -m`. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { inspectElfPath } from '../../../src/core/elf';
import { buildElfFixtures } from './build';

function tool(file: string, args: string[]): string {
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

function field(text: string, name: string): string {
  const m = new RegExp(`^\\s*${name}:\\s*(.*)$`, 'm').exec(text);
  return (m?.[1] ?? '').trim();
}

describe('elf reader: cross-check with readelf, llvm-readobj and go version -m', function () {
  this.timeout(240_000);
  let files: string[] = [];
  before(() => {
    files = buildElfFixtures().files;
  });

  it('class, byte order, type, machine and interpreter agree with readelf', () => {
    assert.ok(files.length >= 7, `fixtures: ${files.join(' ')}`);
    for (const f of files) {
      const e = inspectElfPath(f);
      const h = tool('/usr/bin/readelf', ['-h', '-l', '-W', f]);
      assert.equal(e.format, 'elf', `${f}: ${JSON.stringify(e.errors)}`);
      assert.equal(`ELF${e.bits}`, field(h, 'Class'), f);
      assert.match(field(h, 'Data'), e.byteOrder === 'little' ? /little endian/ : /big endian/, f);
      assert.ok(field(h, 'Type').startsWith(e.type ?? '?'), `${f}: ${field(h, 'Type')} vs ${e.type}`);
      assert.equal(field(h, 'Machine'), e.machineName, f);
      const interp = /\[Requesting program interpreter: (.*)\]/.exec(h)?.[1];
      assert.equal(e.interpreter, interp, f);
    }
  });

  it('e_machine numbers agree with llvm-readobj', () => {
    for (const f of files) {
      const r = tool('/usr/bin/llvm-readobj', ['--file-headers', f]);
      const m = /Machine: \w+ \((0x[0-9A-F]+)\)/i.exec(r);
      assert.equal(Number(m?.[1]), inspectElfPath(f).machine, f);
    }
  });

  it('Go build info agrees with go version -m (Go programs, both Delve builds); C files have none', () => {
    let go = 0;
    for (const f of files) {
      const e = inspectElfPath(f);
      let text = '';
      try {
        text = tool('/usr/bin/go', ['version', '-m', f]);
      } catch {
        text = '';
      }
      if (!text.trim() || /not a Go executable|could not read Go build info/.test(text)) {
        assert.equal(e.goBuildInfo, undefined, f);
        continue;
      }
      go++;
      const info = e.goBuildInfo;
      assert.ok(info, `${f}: no build info but go version -m says ${text.split('\n')[0]}`);
      assert.equal(`${f}: ${info.goVersion}`, text.split('\n')[0], f);
      const mod = /^\tmod\t(\S+)\t(\S+)/m.exec(text);
      assert.equal(info.mainModule?.path, mod?.[1], f);
      assert.equal(info.mainModule?.version, mod?.[2], f);
      for (const m of text.matchAll(/^\tbuild\t([^=\t]+)=(.*)$/gm)) {
        const v = m[2] ?? '';
        assert.equal(info.settings[m[1] ?? ''], v.startsWith('"') ? (JSON.parse(v) as string) : v, `${f} ${m[1]}`);
      }
    }
    assert.ok(go >= 4, `only ${go} Go files`);
  });

  it('names the arch of each build as its GOARCH', () => {
    const byName = new Map(files.map((f) => [path.basename(f), inspectElfPath(f)]));
    assert.equal(byName.get('hello-amd64')?.goarch, 'amd64');
    assert.equal(byName.get('hello-arm64')?.goarch, 'arm64');
    assert.equal(byName.get('hello-386')?.goarch, '386');
    assert.equal(byName.get('hello-arm64')?.goBuildInfo?.settings.GOARCH, 'arm64');
    assert.equal(byName.get('c-arm64.o')?.type, 'REL');
  });
});
