/**
 * Issue 9 item 13: damage the reader missed, each verdict agreed by llvm-objdump (or, for Go build info, by
 * `go version -m`): a file cut after its load commands (a half-downloaded dlv or liblldb), sizeofcmds that
 * disagrees with ncmds (load commands reaching into section data), a universal static library (a fat file of ar
 * archives, not malformed), and build info strings that continue past the __go_buildinfo section.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileProblem, inspectPath, toInspectJson } from '../../../src/core/macho';
import { BIN, findTool, loadFixture } from '../macho/helpers';
import { synthWithSection } from '../macho/synth';
import { diagnoseDir } from '../diagnose/helpers';

const OBJDUMP = findTool(['/usr/lib/llvm-19/bin/llvm-objdump', 'llvm-objdump-19', 'llvm-objdump']);
const LIPO = findTool(['/usr/lib/llvm-19/bin/llvm-lipo', 'llvm-lipo-19', 'llvm-lipo']);
const AR = findTool(['/usr/lib/llvm-19/bin/llvm-ar', 'llvm-ar-19', 'llvm-ar']);
const GO = findTool(['go', '/usr/lib/go/bin/go'], ['version']);

/** llvm-objdump's verdict: undefined when it reads the headers, else its error text. */
function objdumpError(file: string): string | undefined {
  const r = spawnSync(OBJDUMP ?? '', ['--macho', '--private-headers', '--arch=all', file], { encoding: 'utf8' });
  return r.status === 0 ? undefined : r.stderr;
}

describe('hostile: Mach-O damage, agreed by llvm-objdump', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!OBJDUMP || !LIPO || !AR) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-macho-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Uint8Array) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };

  for (const name of ['dlv-arm64', 'liblldb-arm64.dylib', 'hello-x86_64']) {
    it(`${name} cut after its load commands: truncated-file, naming the segment`, () => {
      const whole = loadFixture(name);
      const file = write(`${name}-cut`, whole.subarray(0, 16384));
      assert.match(objdumpError(file) ?? '', /extends past the end of the file/);
      const f = inspectPath(file);
      assert.equal(f.format, 'malformed');
      const e = f.errors.find((x) => x.code === 'truncated-file');
      assert.match(e?.message ?? '', /^truncated file: segment __\w+ ends at \d+, file has 16384 bytes$/);
      assert.match(fileProblem(f) ?? '', /truncated-file: truncated file: segment/);
      assert.equal(inspectPath(path.join(BIN, name)).errors.length, 0, 'the whole file is fine');
    });
  }

  it('a half-downloaded dlv: the component says which problem, not a bare "invalid"', async () => {
    const snap = path.join(dir, 'snap');
    const dlv = path.join(snap, 'root/Users/dev/go/bin/dlv');
    fs.mkdirSync(path.dirname(dlv), { recursive: true });
    fs.writeFileSync(dlv, loadFixture('dlv-arm64').subarray(0, 16384), { mode: 0o755 });
    const commands = [{ argv: ['sysctl', '-in', 'hw.optional.arm64'], exitCode: 0, stdout: '1\n', stderr: '' }];
    const machine = { format: 'go-lldb-doctor-snapshot/1', platform: 'darwin', processArch: 'arm64', env: { HOME: '/Users/dev', PATH: '/Users/dev/go/bin' }, commands };
    fs.writeFileSync(path.join(snap, 'machine.json'), JSON.stringify(machine));
    const r = await diagnoseDir(snap);
    const c = r.components.find((x) => x.id === 'dlv');
    assert.equal(c?.status, 'invalid');
    assert.ok(c?.notes?.some((n) => /^truncated-file: truncated file: segment __\w+ ends at \d+, file has 16384 bytes$/.test(n)), JSON.stringify(c));
  });

  it('sizeofcmds reaching into section data (ncmds one short): flagged like llvm-objdump', () => {
    const b = Buffer.from(loadFixture('hello-arm64'));
    b.writeUInt32LE(b.readUInt32LE(16) - 1, 16);
    b.writeUInt32LE(b.readUInt32LE(20) + 4096, 20);
    const file = write('sizeofcmds-lie', b);
    assert.match(objdumpError(file) ?? '', /not past the headers of the file/);
    const f = inspectPath(file);
    assert.deepEqual(f.errors.map((e) => e.code), ['sizeofcmds-overlaps-sections']);
    assert.match(f.errors[0]?.message ?? '', /^ncmds \d+ disagrees with sizeofcmds \d+/);
  });

  it('ncmds one short with the true sizeofcmds: fine for both', () => {
    const b = Buffer.from(loadFixture('hello-arm64'));
    b.writeUInt32LE(b.readUInt32LE(16) - 1, 16);
    const file = write('ncmds-short', b);
    assert.equal(objdumpError(file), undefined);
    assert.deepEqual(inspectPath(file).errors, []);
  });

  it('a universal static library (llvm-ar + llvm-lipo) is a fat file of archives', () => {
    const objs = ['hello-arm64', 'hello-x86_64'].map((n) => path.join(BIN, n));
    const libs = objs.map((o, i) => {
      const lib = path.join(dir, `lib${i}.a`);
      const r = spawnSync(AR ?? '', ['rcs', lib, o]);
      assert.equal(r.status, 0, String(r.stderr));
      return lib;
    });
    const fat = path.join(dir, 'libuniversal.a');
    assert.equal(spawnSync(LIPO ?? '', ['-create', ...libs, '-output', fat]).status, 0);
    const lipo = spawnSync(LIPO ?? '', ['-archs', fat], { encoding: 'utf8' }).stdout.trim().split(/\s+/);
    assert.equal(spawnSync(OBJDUMP ?? '', ['--macho', '--universal-headers', fat]).status, 0);
    const f = inspectPath(fat);
    assert.equal(f.format, 'fat');
    assert.deepEqual(f.errors, []);
    assert.deepEqual(f.slices.map((s) => s.arch), lipo);
    assert.deepEqual(toInspectJson(f).slices.map((s) => s.filetype), ['archive', 'archive']);
  });

  it('Go build info whose strings continue past the section, as Go reads it', function () {
    const mod = 'path\texample.com/hello\nmod\texample.com/hello\t(devel)\t\nbuild\tGOARCH=arm64\n';
    const framed = `${'0'.repeat(16)}${mod}\n${'1'.repeat(15)}`;
    const str = (s: string) => Buffer.concat([Buffer.from([s.length & 0x7f | (s.length > 127 ? 0x80 : 0), ...(s.length > 127 ? [s.length >> 7] : [])]), Buffer.from(s)]);
    const blob = Buffer.concat([Buffer.from('\xff Go buildinf:', 'latin1'), Buffer.from([8, 2]), Buffer.alloc(16), str('go1.22.5'), str(framed), Buffer.alloc(16)]);
    const bytes = Buffer.from(synthWithSection({ segname: '__DATA', sectname: '__go_buildinfo', data: blob }));
    bytes.writeBigUInt64LE(32n, 32 + 72 + 40); // the section says 32 bytes: the strings lie past it, inside the segment
    const file = write('go-past-section', bytes);
    const f = inspectPath(file);
    assert.deepEqual(f.errors, []);
    assert.equal(f.slices[0]?.goBuildInfo?.goVersion, 'go1.22.5');
    assert.equal(f.slices[0]?.goBuildInfo?.settings.GOARCH, 'arm64');
    if (!GO) return this.skip();
    fs.chmodSync(file, 0o755); // go version skips files that are not executable
    const r = spawnSync(GO, ['version', '-m', file], { encoding: 'utf8' });
    assert.match(r.stdout, /go1\.22\.5/, r.stderr);
  });
});
