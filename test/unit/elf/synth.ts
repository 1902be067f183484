/**
 * A minimal ELF64 executable made in memory: one writable PT_LOAD mapping the whole file at 0x400000 and, at
 * offset 256, Go build info in the pre-1.18 format (flag bit 2 clear): two pointers to Go string headers
 * {data, len}. Go 1.18+ toolchains no longer write this format, so the test makes it byte by byte, in either
 * byte order, as debug/buildinfo reads it.
 */
const BASE = 0x400000;

export function pointerFormatElf(vers: string, modinfo: string, little: boolean): Uint8Array {
  const strAt = 512;
  const modAt = strAt + vers.length;
  const size = modAt + modinfo.length;
  const buf = new Uint8Array(size);
  const dv = new DataView(buf.buffer);
  const u16 = (o: number, v: number) => dv.setUint16(o, v, little);
  const u32 = (o: number, v: number) => dv.setUint32(o, v, little);
  const u64 = (o: number, v: number) => dv.setBigUint64(o, BigInt(v), little);
  buf.set([0x7f, 0x45, 0x4c, 0x46, 2, little ? 1 : 2, 1, 0]);
  u16(16, 2); // ET_EXEC
  u16(18, little ? 183 : 21); // AArch64, or big-endian PowerPC64
  u32(20, 1);
  u64(24, BASE + 512);
  u64(32, 64); // e_phoff
  u16(52, 64);
  u16(54, 56);
  u16(56, 1); // e_phnum
  u16(58, 64);
  // PT_LOAD, PF_R|PF_W, whole file at BASE
  u32(64, 1);
  u32(68, 6);
  u64(72, 0);
  u64(80, BASE);
  u64(88, BASE);
  u64(96, size);
  u64(104, size);
  u64(112, 0x1000);
  buf.set([0xff, ...Buffer.from(' Go buildinf:')], 256);
  buf[270] = 8;
  buf[271] = little ? 0 : 1;
  u64(272, BASE + 320);
  u64(280, BASE + 336);
  u64(320, BASE + strAt);
  u64(328, vers.length);
  u64(336, BASE + modAt);
  u64(344, modinfo.length);
  buf.set(Buffer.from(vers), strAt);
  buf.set(Buffer.from(modinfo), modAt);
  return buf;
}

/** Modinfo as the linker writes it: 16 sentinel bytes on each side, a newline before the closing one. */
export function sentinelled(text: string): string {
  const s = '0123456789abcdef';
  return `${s}${text}\n${s}`.replace(/\n\n/, '\n');
}
