/**
 * CPU type and subtype constants and their `lipo -archs` names.
 * Source: <mach/machine.h> (xnu osfmk/mach/machine.h) and the name table of cctools/lipo and LLVM
 * (llvm/lib/Object/MachOObjectFile.cpp getArchTriple, llvm/lib/TextAPI/Architecture.def), which `llvm-lipo -archs`
 * prints.
 */

const CPU_ARCH_ABI64 = 0x01000000;
const CPU_ARCH_ABI64_32 = 0x02000000;
const CPU_TYPE_X86 = 7;
const CPU_TYPE_X86_64 = CPU_TYPE_X86 | CPU_ARCH_ABI64;
const CPU_TYPE_ARM = 12;
const CPU_TYPE_ARM64 = CPU_TYPE_ARM | CPU_ARCH_ABI64;
const CPU_TYPE_ARM64_32 = CPU_TYPE_ARM | CPU_ARCH_ABI64_32;
const CPU_TYPE_POWERPC = 18;
const CPU_TYPE_POWERPC64 = CPU_TYPE_POWERPC | CPU_ARCH_ABI64;

/** The high byte of cpusubtype holds capability bits, not the subtype (CPU_SUBTYPE_MASK). */
export const CPU_SUBTYPE_MASK = 0xff000000;
/** x86_64: CPU_SUBTYPE_LIB64, set by ld64 on x86_64 executables (64-bit libraries). */
const CPU_SUBTYPE_LIB64 = 0x80000000;
/** arm64e: CPU_SUBTYPE_PTRAUTH_ABI; bits 24-27 carry the ptrauth ABI version (CPU_SUBTYPE_ARM64_PTR_AUTH_MASK). */
const CPU_SUBTYPE_PTRAUTH_ABI = 0x80000000;
const CPU_SUBTYPE_ARM64_PTR_AUTH_MASK = 0x0f000000;

/** cputype -> (subtype without capability bits -> lipo name). */
const NAMES: Record<number, Record<number, string>> = {
  [CPU_TYPE_X86]: { 3: 'i386', 4: 'i486', 0x84: 'i486SX', 5: 'pentium', 0x16: 'pentpro', 0x36: 'pentIIm3', 0x56: 'pentIIm5', 0x0a: 'pentium4' },
  [CPU_TYPE_X86_64]: { 3: 'x86_64', 8: 'x86_64h' },
  [CPU_TYPE_ARM]: {
    0: 'arm', 5: 'armv4t', 6: 'armv6', 7: 'armv5', 8: 'xscale', 9: 'armv7', 10: 'armv7f', 11: 'armv7s', 12: 'armv7k',
    13: 'armv8', 14: 'armv6m', 15: 'armv7m', 16: 'armv7em',
  },
  [CPU_TYPE_ARM64]: { 0: 'arm64', 1: 'arm64v8', 2: 'arm64e' },
  [CPU_TYPE_ARM64_32]: { 0: 'arm64_32', 1: 'arm64_32' },
  [CPU_TYPE_POWERPC]: { 0: 'ppc', 1: 'ppc601', 3: 'ppc603', 4: 'ppc603e', 5: 'ppc603ev', 6: 'ppc604', 7: 'ppc604e', 9: 'ppc750', 10: 'ppc7400', 11: 'ppc7450', 100: 'ppc970' },
  [CPU_TYPE_POWERPC64]: { 0: 'ppc64', 100: 'ppc970-64' },
  6: { 1: 'm68k', 2: 'm68040', 3: 'm68030' },
  11: { 0: 'hppa', 1: 'hppa', 2: 'hppa7100LC' },
  13: { 0: 'm88k' },
  14: { 0: 'sparc' },
  15: { 0: 'i860' },
};

/** The name `lipo -archs` prints; unknown pairs give e.g. `cputype(123)/subtype(4)`. */
export function archName(cputype: number, cpusubtype: number): string {
  const sub = (cpusubtype & ~CPU_SUBTYPE_MASK) >>> 0;
  const name = NAMES[cputype >>> 0]?.[sub];
  return name ?? `cputype(${cputype >>> 0})/subtype(${sub})`;
}

/**
 * Names of the capability bits of cpusubtype. 0x80000000 means different things by cputype: CPU_SUBTYPE_LIB64 on
 * x86_64 (and i386/ppc64 tools), CPU_SUBTYPE_PTRAUTH_ABI on arm64e (with the ptrauth ABI version in bits 24-27,
 * printed by llvm-objdump as `PAC00`).
 */
export function capabilityNames(cputype: number, cpusubtype: number): string[] {
  const caps = (cpusubtype & CPU_SUBTYPE_MASK) >>> 0;
  if (caps === 0) return [];
  const out: string[] = [];
  if (cputype === CPU_TYPE_ARM64) {
    if (caps & CPU_SUBTYPE_PTRAUTH_ABI) out.push('ptrauth-abi');
    const version = (caps & CPU_SUBTYPE_ARM64_PTR_AUTH_MASK) >>> 24;
    if (caps & CPU_SUBTYPE_PTRAUTH_ABI || version) out.push(`ptrauth-version-${version}`);
    const rest = caps & ~(CPU_SUBTYPE_PTRAUTH_ABI | CPU_SUBTYPE_ARM64_PTR_AUTH_MASK);
    if (rest) out.push(`caps(0x${(rest >>> 0).toString(16)})`);
    return out;
  }
  if (caps & CPU_SUBTYPE_LIB64) out.push('lib64');
  const rest = (caps & ~CPU_SUBTYPE_LIB64) >>> 0;
  if (rest) out.push(`caps(0x${rest.toString(16)})`);
  return out;
}
