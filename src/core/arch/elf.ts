/** ELF e_machine values, their readelf names and their GOARCH and Linux kernel (`uname -m`) names. */

interface MachineName {
  name: string;
  goarch?: string;
}

const MACHINES: Record<number, MachineName> = {
  3: { name: 'Intel 80386', goarch: '386' },
  8: { name: 'MIPS R3000', goarch: 'mips' },
  20: { name: 'PowerPC', goarch: 'ppc' },
  21: { name: 'PowerPC64', goarch: 'ppc64' },
  22: { name: 'IBM S/390', goarch: 's390x' },
  40: { name: 'ARM', goarch: 'arm' },
  62: { name: 'Advanced Micro Devices X86-64', goarch: 'amd64' },
  183: { name: 'AArch64', goarch: 'arm64' },
  243: { name: 'RISC-V', goarch: 'riscv64' },
  258: { name: 'LoongArch', goarch: 'loong64' },
};

export function machineName(m: number): string {
  return MACHINES[m]?.name ?? `0x${m.toString(16)}`;
}

/** GOARCH of an ELF machine; ppc64 little-endian is ppc64le, 32-bit RISC-V has no Go port. */
export function machineGoarch(m: number, bits: 32 | 64, little: boolean): string | undefined {
  const g = MACHINES[m]?.goarch;
  if (g === 'ppc64' && little) return 'ppc64le';
  if (g === 'riscv64' && bits === 32) return undefined;
  if (g === 'mips' && bits === 64) return little ? 'mips64le' : 'mips64';
  if (g === 'mips' && little) return 'mipsle';
  return g;
}

const KERNEL_TO_GOARCH: Record<string, string> = {
  x86_64: 'amd64', amd64: 'amd64', i386: '386', i486: '386', i586: '386', i686: '386',
  aarch64: 'arm64', arm64: 'arm64', aarch64_be: 'arm64be', armv7l: 'arm', armv6l: 'arm', armv8l: 'arm',
  riscv64: 'riscv64', ppc64le: 'ppc64le', ppc64: 'ppc64', s390x: 's390x', loongarch64: 'loong64',
  mips: 'mips', mips64: 'mips64',
};

/** GOARCH of a kernel machine name (`/proc/sys/kernel/arch`, `uname -m`), or undefined. */
export function kernelGoarch(name: string | undefined): string | undefined {
  return name ? KERNEL_TO_GOARCH[name.trim()] : undefined;
}

const NODE_TO_GOARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', riscv64: 'riscv64', ppc64: 'ppc64le', s390x: 's390x', loong64: 'loong64' };

/** GOARCH of Node's process.arch. */
export function nodeGoarch(arch: string): string | undefined {
  return NODE_TO_GOARCH[arch];
}

/** The name Linux users read (`x86_64`, `aarch64`) for a GOARCH. */
export function linuxArchName(goarch: string | undefined): string {
  const names: Record<string, string> = { amd64: 'x86_64', arm64: 'aarch64', '386': 'i386' };
  return goarch ? (names[goarch] ?? goarch) : '?';
}

/** The Docker platform name of a GOARCH (`linux/arm64`). */
function dockerPlatform(goarch: string): string {
  return goarch === 'arm' ? 'linux/arm/v7' : `linux/${goarch}`;
}

/** The names a mismatch's texts use: the kernel's platform and GOARCH (native), and the GOARCH forced on the userland. */
export type MismatchNames = {
  platform: string;
  native: string;
  forced: string;
};

/**
 * The one place that names both sides of a kernel/userland mismatch, from the facts: the kernel's GOARCH and the
 * userland's. When the userland is unknown (a DAP text alone), the other 64-bit CPU a container runs emulated.
 */
export function mismatchNames(kernelGoarch: string, userGoarch: string | undefined): MismatchNames {
  const other: Record<string, string> = { amd64: 'arm64', arm64: 'amd64' };
  return { platform: dockerPlatform(kernelGoarch), native: kernelGoarch, forced: userGoarch ?? other[kernelGoarch] ?? '?' };
}
