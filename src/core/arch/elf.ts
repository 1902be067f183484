/** ELF e_machine values, their readelf names and their GOARCH (the other names of a GOARCH: names.ts). */

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
