import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspectPath, readMachO, type MachOFile } from '../../../src/core/macho';
import { bufferByteSource } from './memorySource';
import { BIN, RecordingSource, loadFixture } from './helpers';

const at = (name: string): MachOFile => inspectPath(path.join(BIN, name));
const archs = (f: MachOFile): string[] => f.slices.map((s) => s.arch);

describe('macho reader: valid files', () => {
  it('reads thin files of every arch with their raw cputype/cpusubtype', () => {
    const cases: [string, string, number, number][] = [
      ['hello-x86_64', 'x86_64', 0x01000007, 0x80000003],
      ['hello-x86_64h', 'x86_64h', 0x01000007, 0x80000008],
      ['hello-arm64', 'arm64', 0x0100000c, 0],
      ['hello-arm64e', 'arm64e', 0x0100000c, 0x80000002],
      ['llvm-i386.o', 'i386', 7, 3],
      ['llvm-armv7.o', 'armv7', 12, 9],
      ['llvm-ppc-bigendian.o', 'ppc', 18, 0],
    ];
    for (const [file, arch, cputype, cpusubtype] of cases) {
      const f = at(file);
      assert.equal(f.format, 'thin', file);
      assert.deepEqual(f.errors, [], file);
      assert.deepEqual(f.slices.map((s) => [s.arch, s.cputype, s.cpusubtype, s.offset]), [[arch, cputype, cpusubtype, 0]], file);
    }
  });

  it('names magic and byte order like otool', () => {
    assert.equal(at('hello-arm64').slices[0]?.magic, 'MH_MAGIC_64');
    assert.equal(at('llvm-i386.o').slices[0]?.magic, 'MH_MAGIC');
    assert.equal(at('llvm-ppc-bigendian.o').slices[0]?.magic, 'MH_CIGAM');
    assert.equal(at('llvm-ppc-bigendian.o').slices[0]?.filetype, 'object');
  });

  it('names capability bits by cputype', () => {
    assert.deepEqual(at('hello-arm64e').slices[0]?.capabilities, ['ptrauth-abi', 'ptrauth-version-0']);
    assert.equal(at('hello-arm64').slices[0]?.capabilities, undefined);
    assert.deepEqual(at('hello-x86_64').slices[0]?.capabilities, ['lib64']);
    assert.equal(at('liblldb-x86_64.dylib').slices[0]?.capabilities, undefined);
  });

  it('reads universal files (fat and fat64) slice by slice', () => {
    assert.equal(at('hello-universal').format, 'fat');
    assert.deepEqual(archs(at('hello-universal')), ['x86_64', 'arm64']);
    assert.equal(at('hello-universal-fat64').format, 'fat64');
    assert.deepEqual(archs(at('hello-universal-fat64')), ['x86_64', 'arm64']);
    assert.deepEqual(archs(at('hello-4arch')), ['x86_64', 'x86_64h', 'arm64', 'arm64e']);
    assert.deepEqual(archs(at('debugserver')), ['x86_64', 'arm64e']);
    for (const s of at('hello-4arch').slices) assert.equal(s.filetype, 'execute');
  });

  it('reads the liblldb-like dylib: id, dependencies, rpaths, platform, uuid', () => {
    const f = at('liblldb.dylib');
    assert.deepEqual(f.errors, []);
    for (const s of f.slices) {
      assert.equal(s.filetype, 'dylib');
      assert.equal(s.idDylib, '@rpath/liblldb.dylib');
      assert.deepEqual(s.dylibs, ['@rpath/libLLVM.dylib', '/usr/lib/libSystem.B.dylib']);
      assert.deepEqual(s.rpaths, ['@loader_path/../lib', '@loader_path']);
      assert.equal(s.platform, 'macos');
      assert.equal(s.minos, '11.0');
      assert.equal(s.sdk, '14.0');
      assert.match(s.uuid ?? '', /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    }
    assert.equal(at('LLDB.framework/Versions/A/LLDB').slices[0]?.idDylib, '@rpath/LLDB.framework/Versions/A/LLDB');
  });

  it('lists every dylib command kind in load-command order', () => {
    const deps = at('libdeps-arm64.dylib').slices[0]?.dylibCommands?.map((d) => d.cmd);
    assert.deepEqual([...new Set(deps)].sort(), ['LC_LOAD_DYLIB', 'LC_LOAD_UPWARD_DYLIB', 'LC_LOAD_WEAK_DYLIB', 'LC_REEXPORT_DYLIB']);
    assert.equal(at('libdeps-arm64.dylib').slices[0]?.dylibs?.length, deps?.length);
    assert.deepEqual(at('liblazy-x86_64.dylib').slices[0]?.dylibCommands?.[0], { cmd: 'LC_LAZY_LOAD_DYLIB', name: '@rpath/libLLVM.dylib' });
  });

  it('reads LC_VERSION_MIN_MACOSX, LC_MAIN and LC_CODE_SIGNATURE', () => {
    const old = at('hello-x86_64-macos10.12').slices[0];
    assert.deepEqual([old?.platform, old?.minos], ['macos', '10.12']);
    assert.equal(at('hello-arm64').slices[0]?.entryPoint, 'main');
    assert.equal(at('hello-arm64').slices[0]?.codeSignature, true);
    assert.equal(at('llvm-i386.o').slices[0]?.entryPoint, undefined);
  });

  it('reads Go build info of darwin Go binaries (arm64 and amd64)', () => {
    for (const [file, goarch] of [['dlv-arm64', 'arm64'], ['dlv-amd64', 'amd64']] as const) {
      const go = at(file).slices[0]?.goBuildInfo;
      assert.ok(go, file);
      assert.match(go.goVersion, /^go1\.\d+/);
      assert.equal(go.path, 'github.com/go-delve/delve/cmd/dlv');
      assert.deepEqual(go.mainModule, { path: 'github.com/go-delve/delve', version: '(devel)' });
      assert.equal(go.settings.GOARCH, goarch);
      assert.equal(go.settings.GOOS, 'darwin');
      assert.equal(go.settings.CGO_ENABLED, '0');
    }
    assert.equal(at('go-hello-arm64').slices[0]?.goBuildInfo?.path, 'example.com/hello');
    assert.equal(at('hello-arm64').slices[0]?.goBuildInfo, undefined);
    assert.equal(inspectPath(path.join(BIN, 'dlv-arm64'), { goBuildInfo: false }).slices[0]?.goBuildInfo, undefined);
  });

  it('reads only headers, load commands and build info (a few KiB), never the whole file', () => {
    for (const name of ['dlv-arm64', 'liblldb.dylib', 'hello-4arch']) {
      const src = new RecordingSource(loadFixture(name));
      const f = readMachO(src, name);
      assert.equal(f.bytesRead, src.total);
      assert.ok(src.total < 8 * 1024, `${name}: read ${src.total}`);
      assert.equal(src.outside, 0);
    }
  });
});

describe('macho reader: not Mach-O and unreadable', () => {
  it('tells what a non-Mach-O file is', () => {
    const kinds: [string, string][] = [
      ['llvm-elf.o', 'elf'], ['hello.exe', 'pe'], ['libllvm.a', 'archive'], ['Hello.class', 'java-class'],
      ['script.sh', 'script'], ['empty', 'empty'],
    ];
    for (const [file, kind] of kinds) assert.deepEqual([at(file).format, at(file).kind], ['not-macho', kind], file);
    const junk = readMachO(bufferByteSource(new Uint8Array([1, 2, 3, 4, 5])), 'junk');
    assert.deepEqual([junk.format, junk.kind], ['not-macho', 'unknown']);
  });

  it('reports unreadable paths with the OS code, never throwing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macho-'));
    try {
      fs.symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
      fs.symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
      assert.deepEqual(pick(inspectPath(path.join(dir, 'missing'))), ['unreadable', 'ENOENT']);
      assert.deepEqual(pick(inspectPath(path.join(dir, 'loop-a'))), ['unreadable', 'ELOOP']);
      assert.deepEqual(pick(inspectPath(dir)), ['unreadable', 'EISDIR']);
      assert.equal(inspectPath(dir).kind, 'directory');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports EACCES for a file it may not read', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macho-'));
    try {
      fs.chmodSync(dir, 0o755);
      const p = path.join(dir, 'secret');
      fs.writeFileSync(p, 'x', { mode: 0o000 });
      if (process.getuid?.() !== 0) {
        assert.deepEqual(pick(inspectPath(p)), ['unreadable', 'EACCES']);
        return;
      }
      // root reads mode-000 files: ask the OS as `nobody` instead (a child process, the real open(2) path).
      const code = `const m = require(${JSON.stringify(require.resolve('../../../src/core/macho'))}); process.stdout.write(JSON.stringify(m.inspectPath(${JSON.stringify(p)})))`;
      const r = spawnSync(process.execPath, ['-e', code], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 20000 });
      if (r.status !== 0) this.skip(); // cannot switch user here
      assert.deepEqual(pick(JSON.parse(r.stdout) as MachOFile), ['unreadable', 'EACCES']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps what was read when the source fails (snapshot bytes not captured)', () => {
    const bytes = loadFixture('liblldb.dylib');
    const second = at('liblldb.dylib').slices[1]?.offset ?? 0;
    const src = {
      size: bytes.length,
      read: (offset: number, length: number) => (offset >= second ? new Error('not captured') : bytes.subarray(offset, offset + length)),
    };
    const f = readMachO(src, 'sparse');
    assert.equal(f.format, 'fat');
    assert.deepEqual(archs(f), ['x86_64', 'arm64']);
    assert.equal(f.slices[0]?.idDylib, '@rpath/liblldb.dylib');
    assert.equal(f.slices[1]?.filetype, undefined);
    assert.deepEqual(f.errors.map((e) => [e.code, e.offset]), [['read-failed', second]]);
    assert.match(f.errors[0]?.message ?? '', /not captured/);
  });

  it('survives a source that throws', () => {
    const f = readMachO({ size: 100, read: () => { throw new Error('boom'); } }, 'x');
    assert.equal(f.errors[0]?.code, 'read-failed');
  });
});

function pick(f: MachOFile): [string, string | undefined] {
  return [f.format, f.errno];
}
