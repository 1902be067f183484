/** Builds tiny synthetic thin 64-bit little-endian Mach-O files for cases the toolchain here cannot produce. */

export interface SynthSection {
  segname: string;
  sectname: string;
  /** Section bytes; placed at `fileoff` in the file and mapped at `vmaddr`. */
  data: Uint8Array;
}

const name16 = (b: Buffer, at: number, s: string) => b.write(s, at, 16, 'latin1');

/**
 * A thin arm64 executable with one LC_SEGMENT_64 holding `sect` (file offset 0x1000, vmaddr 0x100001000), so that
 * address A maps to file offset A - 0x100000000.
 */
export function synthWithSection(sect: SynthSection): Uint8Array {
  const cmd = Buffer.alloc(72 + 80);
  cmd.writeUInt32LE(0x19, 0);
  cmd.writeUInt32LE(cmd.length, 4);
  name16(cmd, 8, sect.segname);
  cmd.writeBigUInt64LE(0x100000000n, 24); // vmaddr: the segment maps the whole file from offset 0
  cmd.writeBigUInt64LE(BigInt(0x1000 + sect.data.length), 32);
  cmd.writeBigUInt64LE(0n, 40);
  cmd.writeBigUInt64LE(BigInt(0x1000 + sect.data.length), 48);
  cmd.writeUInt32LE(1, 64);
  name16(cmd, 72, sect.sectname);
  name16(cmd, 88, sect.segname);
  cmd.writeBigUInt64LE(0x100001000n, 104);
  cmd.writeBigUInt64LE(BigInt(sect.data.length), 112);
  cmd.writeUInt32LE(0x1000, 120);
  const hdr = Buffer.alloc(32);
  hdr.writeUInt32LE(0xfeedfacf, 0);
  hdr.writeUInt32LE(0x0100000c, 4);
  hdr.writeUInt32LE(2, 12);
  hdr.writeUInt32LE(1, 16);
  hdr.writeUInt32LE(cmd.length, 20);
  const out = Buffer.alloc(0x1000 + sect.data.length);
  hdr.copy(out, 0);
  cmd.copy(out, 32);
  Buffer.from(sect.data).copy(out, 0x1000);
  return new Uint8Array(out);
}

const SENTINEL_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const SENTINEL_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

/** A Go < 1.18 build info section: header with two pointers to Go string headers {data, len}, then the strings. */
export function oldGoBuildInfo(version: string, modinfo: string): Uint8Array {
  const base = 0x100001000n;
  const mod = Buffer.concat([SENTINEL_START, Buffer.from(modinfo), SENTINEL_END]);
  const ver = Buffer.from(version);
  const b = Buffer.alloc(64 + ver.length + mod.length);
  b.write('\xff Go buildinf:', 0, 'latin1');
  b[14] = 8; // pointer size
  b[15] = 0; // flags: little-endian, pointer format
  b.writeBigUInt64LE(base + 32n, 16);
  b.writeBigUInt64LE(base + 48n, 24);
  b.writeBigUInt64LE(base + 64n, 32);
  b.writeBigUInt64LE(BigInt(ver.length), 40);
  b.writeBigUInt64LE(base + 64n + BigInt(ver.length), 48);
  b.writeBigUInt64LE(BigInt(mod.length), 56);
  ver.copy(b, 64);
  mod.copy(b, 64 + ver.length);
  return new Uint8Array(b);
}

/** A thin arm64 dylib that loads each of `names` with LC_LOAD_DYLIB (names are written as raw UTF-8 bytes). */
export function synthWithDylibs(names: string[]): Uint8Array {
  const cmds = names.map((n) => {
    const name = Buffer.from(n, 'utf8');
    const cmd = Buffer.alloc(Math.ceil((24 + name.length + 1) / 8) * 8);
    cmd.writeUInt32LE(0xc, 0);
    cmd.writeUInt32LE(cmd.length, 4);
    cmd.writeUInt32LE(24, 8);
    name.copy(cmd, 24);
    return cmd;
  });
  const body = Buffer.concat(cmds);
  const hdr = Buffer.alloc(32);
  hdr.writeUInt32LE(0xfeedfacf, 0);
  hdr.writeUInt32LE(0x0100000c, 4);
  hdr.writeUInt32LE(6, 12); // MH_DYLIB
  hdr.writeUInt32LE(cmds.length, 16);
  hdr.writeUInt32LE(body.length, 20);
  return new Uint8Array(Buffer.concat([hdr, body]));
}
