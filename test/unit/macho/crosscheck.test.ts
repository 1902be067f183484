import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { inspectPath, type MachOSlice } from '../../../src/core/macho';
import { BIN, VALID_MACHO, findTool, run } from './helpers';
import { parsePrivateHeaders, parseUniversalHeaders, type ObjdumpSlice } from './objdump';

const OBJDUMP = findTool(['/usr/lib/llvm-19/bin/llvm-objdump', 'llvm-objdump-19', 'llvm-objdump', '/usr/lib/llvm-14/bin/llvm-objdump']);
const LIPO = findTool(['/usr/lib/llvm-19/bin/llvm-lipo', 'llvm-lipo-19', 'llvm-lipo', '/usr/lib/llvm-14/bin/llvm-lipo', 'llvm-lipo-14']);

/** Our slice in the shape of the objdump facts. otool names the magic after byte-swapping, so width only. */
function ours(s: MachOSlice): ObjdumpSlice {
  const o: ObjdumpSlice = {
    magic: s.magic?.endsWith('_64') ? 'MH_MAGIC_64' : 'MH_MAGIC', filetype: s.filetype ?? '', ncmds: s.ncmds ?? -1,
    sizeofcmds: s.sizeofcmds ?? -1, dylibs: s.dylibCommands ?? [], rpaths: s.rpaths ?? [], codeSignature: s.codeSignature ?? false,
  };
  for (const k of ['idDylib', 'platform', 'minos', 'sdk', 'uuid', 'entryPoint'] as const) if (s[k] !== undefined) o[k] = s[k] as never;
  return o;
}

describe('macho reader vs llvm-objdump / llvm-lipo (every valid fixture)', function () {
  this.timeout(60_000);
  before(function () {
    if (!OBJDUMP || !LIPO) {
      console.log('      skipped: llvm-objdump/llvm-lipo not installed (apt-get install llvm llvm-19)');
      this.skip();
    }
  });

  for (const name of VALID_MACHO) {
    it(name, () => {
      const file = path.join(BIN, name);
      const f = inspectPath(file);
      const theirs = parsePrivateHeaders(run(OBJDUMP ?? '', ['--macho', '--arch=all', '--private-headers', file]));
      assert.equal(f.slices.length, theirs.length);
      f.slices.forEach((s, i) => {
        const t = theirs[i];
        if (t?.arch !== undefined) assert.equal(s.arch, t.arch);
        if (t) delete t.arch;
        assert.deepEqual(ours(s), t, `slice ${s.arch}`);
      });
      const archs = run(LIPO ?? '', ['-archs', file]).trim().split(/\s+/);
      assert.deepEqual(f.slices.map((s) => s.arch), archs);
      const info = run(LIPO ?? '', ['-info', file]).trim();
      assert.equal(info.startsWith('Non-fat file'), f.format === 'thin');
      if (f.format !== 'thin') {
        const fat = parseUniversalHeaders(run(OBJDUMP ?? '', ['--macho', '--universal-headers', file]));
        assert.deepEqual(f.slices.map((s) => ({ arch: s.arch, offset: s.offset, size: s.size })), fat);
      }
    });
  }
});
