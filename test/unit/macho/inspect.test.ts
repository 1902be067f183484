import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runInspect } from '../../../src/cli/inspect';
import type { Io } from '../../../src/cli/io';
import { inspectPath, toInspectJson } from '../../../src/core/macho';
import { BIN, DAMAGED } from './helpers';

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

const FILE_KEYS = ['path', 'format', 'kind', 'errno', 'size', 'slices', 'errors'];
const SLICE_KEYS = ['arch', 'cputype', 'cpusubtype', 'offset', 'filetype', 'idDylib', 'dylibs', 'rpaths', 'platform', 'minos', 'sdk', 'uuid'];

describe('inspect JSON (SNAPSHOT.md §3)', () => {
  it('has exactly the contract fields, in order, for the liblldb-like dylib', () => {
    const j = toInspectJson(inspectPath(path.join(BIN, 'liblldb.dylib')));
    assert.deepEqual(Object.keys(j), ['path', 'format', 'size', 'slices', 'errors']);
    const s = j.slices[1];
    assert.deepEqual(Object.keys(s ?? {}), SLICE_KEYS);
    assert.equal(s?.arch, 'arm64');
    assert.equal(s?.cputype, 16777228);
    assert.deepEqual(s?.dylibs, ['@rpath/libLLVM.dylib', '/usr/lib/libSystem.B.dylib']);
  });

  it('uses raw unsigned cpusubtype with capability bits', () => {
    const j = toInspectJson(inspectPath(path.join(BIN, 'debugserver')));
    assert.deepEqual(j.slices.map((s) => [s.arch, s.cpusubtype]), [['x86_64', 0x80000003], ['arm64e', 2147483650]]);
  });

  it('never adds fields outside the contract', () => {
    for (const p of [path.join(BIN, 'dlv-arm64'), path.join(BIN, 'empty'), path.join(BIN, 'nope'), BIN, path.join(DAMAGED, 'fat-in-fat')]) {
      const j = toInspectJson(inspectPath(p)) as unknown as Record<string, unknown>;
      for (const k of Object.keys(j)) assert.ok(FILE_KEYS.includes(k), `${p}: ${k}`);
      for (const s of j.slices as Record<string, unknown>[]) for (const k of Object.keys(s)) assert.ok(SLICE_KEYS.includes(k), `${p}: ${k}`);
      for (const e of j.errors as Record<string, unknown>[]) assert.deepEqual(Object.keys(e), ['code', 'offset', 'message']);
    }
  });
});

describe('go-lldb-doctor inspect', () => {
  it('prints a JSON array with --json and exits 0 for Mach-O files', async () => {
    const io = capture();
    const code = await runInspect([path.join(BIN, 'hello-universal'), '--json', path.join(BIN, 'hello-arm64')], io);
    assert.equal(code, 0);
    const arr = JSON.parse(io.stdout) as { format: string }[];
    assert.deepEqual(arr.map((x) => x.format), ['fat', 'thin']);
  });

  it('prints lipo -info and otool -hlL facts in human form', async () => {
    const io = capture();
    assert.equal(await runInspect([path.join(BIN, 'liblldb.dylib')], io), 0);
    assert.match(io.stdout, /^Architectures in the fat file: .*liblldb\.dylib are: x86_64 arm64$/m);
    assert.match(io.stdout, /^ {4}id {9}@rpath\/liblldb\.dylib$/m);
    assert.match(io.stdout, /^ {4}load {7}@rpath\/libLLVM\.dylib$/m);
    assert.match(io.stdout, /^ {4}rpath {6}@loader_path\/\.\.\/lib$/m);
    const go = capture();
    await runInspect([path.join(BIN, 'dlv-arm64')], go);
    assert.match(go.stdout, /^Non-fat file: .*dlv-arm64 is architecture: arm64$/m);
    assert.match(go.stdout, /go build +GOOS=darwin GOARCH=arm64 CGO_ENABLED=0/);
  });

  it('exits 1 when a file is malformed, not Mach-O or unreadable', async () => {
    for (const p of [path.join(DAMAGED, 'thin-cmdsize-zero'), path.join(BIN, 'script.sh'), path.join(BIN, 'missing')]) {
      const io = capture();
      assert.equal(await runInspect([path.join(BIN, 'hello-arm64'), p], io), 1, p);
    }
  });

  it('exits 2 with a one-line error on bad arguments', async () => {
    for (const args of [[], ['--bogus', path.join(BIN, 'hello-arm64')], ['--json']]) {
      const io = capture();
      assert.equal(await runInspect(args, io), 2);
      assert.equal(io.stderr.trim().split('\n').length, 1);
      assert.equal(io.stdout, '');
    }
  });
});
