import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { inspectPath, readMachO } from '../../../src/core/macho';
import { bufferByteSource } from './memorySource';
import { BIN, RecordingSource, findTool, loadFixture, run } from './helpers';
import { oldGoBuildInfo, synthWithSection } from './synth';

const MOD = 'path\tgithub.com/go-delve/delve/cmd/dlv\nmod\tgithub.com/go-delve/delve\tv1.7.3\th1:abc=\ndep\tgolang.org/x/sys\tv0.0.0\th1:x=\nbuild\tGOARCH=amd64\nbuild\t-ldflags="-s -w"\n';

describe('macho reader: Go build info', () => {
  it('reads the pre-1.18 pointer format through the segments (section in __DATA)', () => {
    const bytes = synthWithSection({ segname: '__DATA', sectname: '__go_buildinfo', data: oldGoBuildInfo('go1.16.15', MOD) });
    const f = readMachO(bufferByteSource(bytes), 'old-go');
    assert.deepEqual(f.errors, []);
    const go = f.slices[0]?.goBuildInfo;
    assert.equal(go?.goVersion, 'go1.16.15');
    assert.equal(go?.path, 'github.com/go-delve/delve/cmd/dlv');
    assert.deepEqual(go?.mainModule, { path: 'github.com/go-delve/delve', version: 'v1.7.3', sum: 'h1:abc=' });
    assert.deepEqual(go?.deps, [{ path: 'golang.org/x/sys', version: 'v0.0.0' }]);
    assert.deepEqual(go?.settings, { GOARCH: 'amd64', '-ldflags': '-s -w' });
  });

  it('finds the section in __DATA_CONST too', () => {
    const bytes = synthWithSection({ segname: '__DATA_CONST', sectname: '__go_buildinfo', data: oldGoBuildInfo('go1.17', '') });
    assert.equal(readMachO(bufferByteSource(bytes), 'x').slices[0]?.goBuildInfo?.goVersion, 'go1.17');
  });

  it('reports damaged build info without losing the slice', () => {
    const data = oldGoBuildInfo('go1.16', MOD);
    data[0] = 0; // bad magic
    const f = readMachO(bufferByteSource(synthWithSection({ segname: '__DATA', sectname: '__go_buildinfo', data })), 'x');
    assert.deepEqual(f.errors.map((e) => [e.code, e.offset]), [['buildinfo-bad-magic', 0x1000]]);
    assert.equal(f.slices[0]?.arch, 'arm64');
    const lying = oldGoBuildInfo('go1.16', MOD);
    new DataView(lying.buffer).setBigUint64(40, 1n << 40n, true); // version length absurd
    const g = readMachO(bufferByteSource(synthWithSection({ segname: '__DATA', sectname: '__go_buildinfo', data: lying })), 'x');
    assert.equal(g.errors[0]?.code, 'buildinfo-truncated');
  });

  it('bounds the read of an inline-format string whose varint lies', () => {
    const bytes = loadFixture('dlv-arm64');
    const at = Buffer.from(bytes).indexOf(Buffer.from('\xff Go buildinf:', 'latin1'));
    const patches = new Map([[at + 32, 0xff], [at + 33, 0xff], [at + 34, 0xff], [at + 35, 0x7f]]);
    const src = new RecordingSource(bytes, bytes.length, patches);
    const f = readMachO(src, 'dlv');
    assert.equal(f.errors[0]?.code, 'buildinfo-truncated');
    assert.ok(src.total < 80 * 1024);
  });

  it('agrees with `go version -m` on the Go fixtures', function () {
    const go = findTool(['go'], ['version']);
    if (!go) this.skip();
    for (const name of ['dlv-arm64', 'dlv-amd64', 'go-hello-arm64']) {
      const file = path.join(BIN, name);
      const lines: string[] = run(go ?? 'go', ['version', '-m', file]).split('\n');
      const info = inspectPath(file).slices[0]?.goBuildInfo;
      assert.equal(lines[0], `${file}: ${info?.goVersion}`);
      const settings = Object.fromEntries(
        lines.filter((l: string) => l.startsWith('\tbuild\t')).map((l: string): [string, string] => {
          const kv = l.slice(7);
          const eq = kv.indexOf('=');
          return [kv.slice(0, eq), kv.slice(eq + 1)];
        }),
      );
      assert.deepEqual(info?.settings, settings, name);
      assert.ok(lines.includes(`\tpath\t${info?.path}`));
    }
  });
});
