/**
 * The DWARF reader against real files and llvm-dwarfdump (issue 20 item 1): Go 1.19's compressed DWARF 4 units,
 * a cgo program whose C units clang writes as DWARF 5 (they must not count as Go's: Delve's DwarfVersion looks
 * only at units with DW_LANG_Go), Mach-O `__zdebug_*` from Go's darwin linker and clang objects, binaries
 * without DWARF, and damaged input. A DWARF 5 Go unit cannot come from this machine's Go 1.19: the real Go units
 * are rewritten to the version-5 header layout (one byte longer) and read again.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { elfDwarf, machoDwarf } from '../../../src/core/dwarf';
import { summarizeUnits } from '../../../src/core/dwarf/units';
import { bufferByteSource } from '../macho/memorySource';
import { REPO } from '../diagnose/helpers';

const FIX = path.join(REPO, 'test/fixtures/dwarf');
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };

function build(dir: string, out: string, args: string[], env: Record<string, string> = {}): string {
  const file = path.join(dir, out);
  execFileSync('/usr/bin/go', ['build', ...args, '-o', file, '.'], { cwd: dir, env: { ...GO_ENV, ...env }, stdio: 'pipe', timeout: 180_000 });
  return file;
}

function elf(file: string) {
  return elfDwarf(bufferByteSource(fs.readFileSync(file)), true);
}

/** llvm-dwarfdump's count of units per version: the oracle. */
function dumpVersions(file: string): Record<string, number> {
  const out = execFileSync('/usr/bin/llvm-dwarfdump', ['--debug-info', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const counts: Record<string, number> = {};
  for (const m of out.matchAll(/Compile Unit: .*?version = 0x000(\d)/g)) counts[m[1] as string] = (counts[m[1] as string] ?? 0) + 1;
  return counts;
}

/** Rewrites every version-4 unit of a .debug_info to the version-5 header layout (DW_UT_compile). */
function toV5(info: Uint8Array): Uint8Array {
  const parts: Buffer[] = [];
  const b = Buffer.from(info);
  for (let at = 0; at < b.length;) {
    const len = b.readUInt32LE(at);
    const end = at + 4 + len;
    if (b.readUInt16LE(at + 4) !== 4) {
      parts.push(b.subarray(at, end));
    } else {
      const h = Buffer.alloc(12);
      h.writeUInt32LE(len + 1, 0);
      h.writeUInt16LE(5, 4);
      h.writeUInt8(1, 6); // DW_UT_compile
      h.writeUInt8(b.readUInt8(at + 10), 7); // address_size
      h.writeUInt32LE(b.readUInt32LE(at + 6), 8); // debug_abbrev_offset
      parts.push(h, b.subarray(at + 11, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

describe('DWARF reader (src/core/dwarf)', function () {
  this.timeout(300_000);
  let dir = '';
  let pure = '';
  before(function () {
    if (!fs.existsSync('/usr/bin/go') || !fs.existsSync('/usr/bin/clang') || !fs.existsSync('/usr/bin/llvm-dwarfdump')) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dwarf-'));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module dw\n\ngo 1.19\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\n// int add(int a, int b) { return a + b; }\nimport "C"\nimport "fmt"\n\nfunc main() { fmt.Println(C.add(1, 2)) }\n');
    pure = path.join(dir, 'pure');
    fs.mkdirSync(pure);
    fs.writeFileSync(path.join(pure, 'go.mod'), 'module dwp\n\ngo 1.19\n');
    fs.writeFileSync(path.join(pure, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n');
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('Go 1.19: compressed DWARF 4 Go units, as many as llvm-dwarfdump counts; cgo C units of clang -gdwarf-5 do not count as Go', () => {
    const file = build(dir, 'cgo5', [], { CC: '/usr/bin/clang', CGO_CFLAGS: '-gdwarf-5 -O0', CGO_ENABLED: '1' });
    const s = elf(file);
    const oracle = dumpVersions(file);
    assert.equal(s.error, undefined);
    assert.equal(s.compressed, true);
    assert.equal(s.units, (oracle['4'] ?? 0) + (oracle['5'] ?? 0));
    assert.ok((oracle['5'] ?? 0) > 0, 'clang wrote DWARF 5 units');
    assert.deepEqual([s.goVersion, s.otherVersion], [4, 5]);
    assert.ok(s.goUnits > 10 && s.goUnits < s.units);
  });

  it('the probe\'s mode stops at the first Go unit: the same answer from a few KiB instead of the whole section', () => {
    for (const [file, reader] of [[build(pure, 'first', [], { CGO_ENABLED: '0' }), 'elf'], [build(pure, 'firstmac', [], { CGO_ENABLED: '0', GOOS: 'darwin', GOARCH: 'arm64' }), 'macho']] as const) {
      const bytes = fs.readFileSync(file);
      let read = 0;
      const src = bufferByteSource(bytes);
      const counting = { size: src.size, read: (off: number, n: number) => { read += n; return src.read(off, n); } };
      const first = reader === 'elf' ? elfDwarf(counting) : machoDwarf(counting);
      const whole = reader === 'elf' ? elfDwarf(src, true) : machoDwarf(src, 0, true);
      assert.deepEqual([first.goVersion, first.firstGoOnly, first.goUnits], [whole.goVersion, true, 1]);
      assert.ok(read < 40 * 1024, `${reader}: ${read} bytes read`);
    }
  });

  it('no DWARF: -ldflags="-s -w", -ldflags=-w and strip say no-debug-info; a damaged section is a typed error', () => {
    assert.equal(elf(build(pure, 'sw', ['-ldflags=-s -w'], { CGO_ENABLED: '0' })).error?.code, 'no-debug-info');
    assert.equal(elf(build(pure, 'w', ['-ldflags=-w'], { CGO_ENABLED: '0' })).error?.code, 'no-debug-info');
    const plain = build(pure, 'plain', ['-ldflags=-compressdwarf=false'], { CGO_ENABLED: '0' });
    execFileSync('/usr/bin/strip', ['-o', path.join(pure, 'stripped'), plain]);
    assert.equal(elf(path.join(pure, 'stripped')).error?.code, 'no-debug-info');
    const s = elf(plain);
    assert.deepEqual([s.compressed, s.goVersion, s.otherVersion], [undefined, 4, undefined]);
    assert.equal(elfDwarf(bufferByteSource(fs.readFileSync(plain).subarray(0, 100_000))).units, 0);
  });

  it('reads DWARF 5 Go units: the real Go units rewritten to the version-5 header', () => {
    const plain = build(pure, 'plain5', ['-ldflags=-compressdwarf=false'], { CGO_ENABLED: '0' });
    const sh = execFileSync('/usr/bin/llvm-objcopy', ['--dump-section=.debug_info=' + path.join(dir, 'info'), '--dump-section=.debug_abbrev=' + path.join(dir, 'abbrev'), plain, path.join(dir, 'junk')]);
    assert.equal(sh.length, 0);
    const info = fs.readFileSync(path.join(dir, 'info'));
    const abbrev = fs.readFileSync(path.join(dir, 'abbrev'));
    const v4 = summarizeUnits(info, abbrev, true);
    const v5 = summarizeUnits(toV5(info), abbrev, true);
    assert.deepEqual([v4.goVersion, v5.goVersion, v5.goUnits, v5.error], [4, 5, v4.goUnits, undefined]);
    // Cut in the middle of a unit: a typed error, what was read before it stays.
    const cut = summarizeUnits(toV5(info).subarray(0, 5000), abbrev, true);
    assert.equal(cut.error?.code, 'truncated');
  });

  it('Mach-O: Go\'s darwin linker writes __zdebug_*; clang objects carry DWARF 4 or 5 C units', () => {
    const gomac = build(pure, 'gomac', [], { CGO_ENABLED: '0', GOOS: 'darwin', GOARCH: 'arm64' });
    const g = machoDwarf(bufferByteSource(fs.readFileSync(gomac)), 0, true);
    assert.deepEqual([g.compressed, g.goVersion, g.otherVersion], [true, 4, undefined]);
    // llvm-dwarfdump 14 cannot inflate Mach-O __zdebug_ sections, so no oracle here: one unit per package, all Go.
    assert.ok(g.units > 10 && g.goUnits === g.units);
    assert.deepEqual(machoDwarf(bufferByteSource(fs.readFileSync(path.join(FIX, 'c-dwarf5.o')))), { units: 1, goUnits: 0, otherVersion: 5 });
    assert.deepEqual(machoDwarf(bufferByteSource(fs.readFileSync(path.join(FIX, 'c-dwarf4.o')))), { units: 1, goUnits: 0, otherVersion: 4 });
    const noDwarf = build(pure, 'gomacsw', ['-ldflags=-s -w'], { CGO_ENABLED: '0', GOOS: 'darwin', GOARCH: 'arm64' });
    assert.equal(machoDwarf(bufferByteSource(fs.readFileSync(noDwarf))).error?.code, 'no-debug-info');
  });

  it('hostile input: a unit length past the section, a runaway LEB128 and an endless abbreviation table end with a typed error, quickly', () => {
    const info = Buffer.from([0xf0, 0xff, 0xff, 0x0f, 4, 0, 0, 0, 0, 0, 8]);
    assert.equal(summarizeUnits(info, new Uint8Array(0), true).error?.code, 'truncated');
    const unit = Buffer.from([12, 0, 0, 0, 4, 0, 0, 0, 0, 0, 8, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert.equal(summarizeUnits(unit, new Uint8Array(0), true).error?.code, 'unsupported');
    const abbrev = new Uint8Array(1 << 20).fill(0x80);
    const t0 = Date.now();
    const one = Buffer.from([8, 0, 0, 0, 4, 0, 0, 0, 0, 0, 8, 1]);
    assert.equal(summarizeUnits(one, abbrev, true).error?.code, 'unsupported');
    assert.ok(Date.now() - t0 < 1000);
  });
});
