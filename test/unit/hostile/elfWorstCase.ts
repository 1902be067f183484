/**
 * Hostile ELF files made in memory (issue 16 item 2): every section header names offset 0 of one large section
 * name table whose only NUL is its last byte, so that each name, read naively, is the whole table.
 */
const SH_SIZE = 64;

/**
 * An ELF64 little-endian EXEC for x86-64 with `sections` section headers, all with sh_name = 0, the last one a
 * SHT_STRTAB of `strtabBytes` bytes ('A' repeated, NUL at the end) and e_shstrndx pointing at it.
 */
export function sameNameElf(sections = 64, strtabBytes = 256 * 1024): Uint8Array {
  const strAt = 4096;
  const shoff = strAt + strtabBytes;
  const buf = new Uint8Array(shoff + sections * SH_SIZE);
  const dv = new DataView(buf.buffer);
  buf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  dv.setUint16(16, 2, true); // ET_EXEC
  dv.setUint16(18, 62, true); // x86-64
  dv.setUint32(20, 1, true);
  dv.setBigUint64(40, BigInt(shoff), true); // e_shoff
  dv.setUint16(52, 64, true);
  dv.setUint16(54, 56, true);
  dv.setUint16(58, SH_SIZE, true);
  dv.setUint16(60, sections, true);
  dv.setUint16(62, sections - 1, true); // e_shstrndx
  buf.fill(0x41, strAt, strAt + strtabBytes - 1);
  const last = shoff + (sections - 1) * SH_SIZE;
  dv.setUint32(last + 4, 3, true); // SHT_STRTAB
  dv.setBigUint64(last + 24, BigInt(strAt), true);
  dv.setBigUint64(last + 32, BigInt(strtabBytes), true);
  return buf;
}
