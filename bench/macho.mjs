// Mach-O reader benchmark: a universal liblldb-like file of 100+ MB (real headers from the fixtures + padding),
// read by our reader and, side by side, by llvm-objdump, `file` and the usual shell pipeline
// (`file` on the library, `llvm-otool -L` on it, `file` on each dependency). Prints numbers; asserts nothing.
// Run: npx tsc -p tsconfig.test.json && node bench/macho.mjs
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SLICE_BYTES = 56 * 1024 * 1024;

/** fat header + two slices (x86_64, arm64) from the thin fixtures, each padded to SLICE_BYTES. */
function makeUniversal(dir) {
  const bin = path.join(root, 'test/fixtures/macho/bin');
  const thin = [['liblldb-x86_64.dylib', 0x01000007, 3], ['liblldb-arm64.dylib', 0x0100000c, 0]];
  const file = path.join(dir, 'liblldb.dylib');
  const fd = fs.openSync(file, 'w');
  const header = Buffer.alloc(8 + 20 * thin.length);
  header.writeUInt32BE(0xcafebabe, 0);
  header.writeUInt32BE(thin.length, 4);
  let offset = 16384;
  thin.forEach(([name, cputype, subtype], i) => {
    const bytes = fs.readFileSync(path.join(bin, name));
    const e = 8 + i * 20;
    header.writeUInt32BE(cputype, e);
    header.writeUInt32BE(subtype, e + 4);
    header.writeUInt32BE(offset, e + 8);
    header.writeUInt32BE(SLICE_BYTES, e + 12);
    header.writeUInt32BE(14, e + 16);
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
    offset += SLICE_BYTES;
  });
  fs.writeSync(fd, header, 0, header.length, 0);
  fs.ftruncateSync(fd, offset); // padding (sparse on most file systems)
  fs.closeSync(fd);
  fs.copyFileSync(path.join(bin, 'libLLVM.dylib'), path.join(dir, 'libLLVM.dylib'));
  return file;
}

function tool(candidates) {
  return candidates.find((c) => spawnSync(c, ['--version'], { timeout: 10000 }).status === 0);
}

/** Mean wall time (ms) of fn over n runs after one warm-up. */
function time(n, fn) {
  fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / n;
}

const spawn = (argv) => () => spawnSync(argv[0], argv.slice(1), { timeout: 60000, maxBuffer: 64 << 20 });

export async function run() {
  const macho = require(path.join(root, 'out/src/core/macho/index.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macho-bench-'));
  try {
    const lib = makeUniversal(dir);
    const size = fs.statSync(lib).size;
    const f = macho.inspectPath(lib);
    const deps = [...new Set(f.slices.flatMap((s) => s.dylibs ?? []))].map((d) => d.replace('@rpath/', `${dir}/`));
    console.log(`file: ${(size / 1048576).toFixed(0)} MiB universal (${f.slices.map((s) => s.arch).join(' ')}), errors: ${f.errors.length}`);
    console.log(`ours: bytes read ${f.bytesRead} in total, ${Math.round(f.bytesRead / f.slices.length)} per slice (target <= 65536)`);
    const rows = [];
    const oursOne = time(2000, () => macho.inspectPath(lib));
    rows.push(['ours: inspectPath(liblldb.dylib)', oursOne]);
    const oursAll = time(1000, () => [lib, ...deps].forEach((p) => macho.inspectPath(p)));
    rows.push([`ours: library + ${deps.length} dependencies`, oursAll]);
    const objdump = tool(['/usr/lib/llvm-19/bin/llvm-objdump', 'llvm-objdump']);
    const otool = tool(['/usr/lib/llvm-19/bin/llvm-otool', 'llvm-otool', '/usr/lib/llvm-14/bin/llvm-otool']);
    if (objdump) rows.push(['llvm-objdump --macho --private-headers --arch=all', time(10, spawn([objdump, '--macho', '--private-headers', '--arch=all', lib]))]);
    rows.push(['file', time(10, spawn(['file', lib]))]);
    let pipeline;
    if (otool) {
      pipeline = time(5, () => {
        spawn(['file', lib])();
        spawn([otool, '-L', lib])();
        for (const d of deps) spawn(['file', d])();
      });
      rows.push([`pipeline: file; llvm-otool -L; file x${deps.length}`, pipeline]);
    }
    for (const [name, ms] of rows) console.log(`${name.padEnd(52)} ${ms.toFixed(3).padStart(9)} ms`);
    console.log(`ours per file (warm page cache): ${(oursOne * 1000).toFixed(0)} us (target < 1000 us)`);
    if (pipeline) console.log(`speed-up vs the shell pipeline: ${(pipeline / oursAll).toFixed(0)}x (target >= 50x)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
