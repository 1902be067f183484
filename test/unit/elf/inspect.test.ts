/** `inspect` answers for ELF files: the arm64 dlv's machine, interpreter and Go build info, in text and JSON. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runInspect } from '../../../src/cli/inspect';
import type { Io } from '../../../src/cli/io';
import { buildElfFixtures } from './build';

async function inspect(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (out += s), isTTY: false };
  const code = await runInspect(args, io);
  return { code, out };
}

describe('inspect: ELF files', function () {
  this.timeout(240_000);
  it('text: machine, interpreter and Go build info; exit 0', async () => {
    const files = buildElfFixtures().files;
    const arm = files.find((f) => f.endsWith('hello-arm64')) ?? '';
    const dyn = files.find((f) => f.endsWith('c-amd64')) ?? '';
    const r = await inspect([arm, dyn]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /hello-arm64: ELF 64-bit LSB EXEC, AArch64 \(arm64\)/);
    assert.match(r.out, /go build\s+GOOS=linux GOARCH=arm64/);
    assert.match(r.out, /interpreter\s+\/lib64\/ld-linux-x86-64\.so\.2/);
  });

  it('--json: one object per file; a truncated ELF is malformed and exits 1', async () => {
    const { dir, files } = buildElfFixtures();
    const cut = `${dir}/cut`;
    fs.writeFileSync(cut, fs.readFileSync(files[0] ?? '').subarray(0, 40));
    const r = await inspect(['--json', files[0] ?? '', cut]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out) as { format: string; goarch?: string }[];
    assert.equal(json[0]?.format, 'elf');
    assert.equal(json[0]?.goarch, 'amd64');
    assert.equal(json[1]?.format, 'malformed');
  });
});
