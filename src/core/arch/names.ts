/**
 * Every CPU name the product reads or writes, and every conversion between them, from one table: Go's GOARCH,
 * Node's `process.arch`, the Linux kernel's machine name, Mach-O's lipo names and Docker's platform. The number
 * tables that produce names from binaries sit beside it (macho.ts: cputype, elf.ts: e_machine); which slice a
 * process takes is slices.ts. Before this module the same conversions stood in seven files (issue 17 item 3).
 *
 * Sources: Go's GOARCH list (go tool dist list); Node's `process.arch` values (nodejs.org/api/process.html); the
 * kernel's UTS machine (`uname -m`, `/proc/sys/kernel/arch`: arch/<cpu>/Makefile UTS_MACHINE); lipo's names
 * (cctools, llvm-lipo -archs); Docker's platforms (containerd/platforms: `linux/arm/v7` for GOARM=7).
 */

/** The two CPUs a Mac has, by their Mach-O names. */
export type HardwareArch = 'arm64' | 'x86_64';

interface Cpu {
  goarch: string;
  /** Node's process.arch on this CPU (Node's `ppc64` is little-endian Linux: ppc64le). */
  node?: string;
  /** `uname -m` names, the one Linux users read first. */
  kernel: readonly string[];
  /** lipo names, the one the Go linker writes first (its other names run the same programs). */
  machO?: readonly string[];
  /** A Mac's CPU. */
  hardware?: HardwareArch;
  /** Node ships a macOS build for it. */
  nodeOnMac?: boolean;
  /** The name a Linux user reads when it is not the GOARCH itself. */
  linux?: string;
  docker?: string;
}

const CPUS: readonly Cpu[] = [
  { goarch: 'amd64', node: 'x64', kernel: ['x86_64', 'amd64'], machO: ['x86_64', 'x86_64h'], hardware: 'x86_64', nodeOnMac: true, linux: 'x86_64' },
  { goarch: 'arm64', node: 'arm64', kernel: ['aarch64', 'arm64'], machO: ['arm64', 'arm64e', 'arm64v8'], hardware: 'arm64', nodeOnMac: true, linux: 'aarch64' },
  { goarch: '386', node: 'ia32', kernel: ['i386', 'i486', 'i586', 'i686'], machO: ['i386'], nodeOnMac: true, linux: 'i386' },
  { goarch: 'arm', node: 'arm', kernel: ['armv7l', 'armv6l', 'armv8l'], machO: ['armv7'], docker: 'linux/arm/v7' },
  { goarch: 'arm64be', kernel: ['aarch64_be'] },
  { goarch: 'riscv64', node: 'riscv64', kernel: ['riscv64'] },
  { goarch: 'ppc64le', node: 'ppc64', kernel: ['ppc64le'] },
  { goarch: 'ppc64', kernel: ['ppc64'] },
  { goarch: 's390x', node: 's390x', kernel: ['s390x'] },
  { goarch: 'loong64', node: 'loong64', kernel: ['loongarch64'] },
  { goarch: 'mips', kernel: ['mips'] },
  { goarch: 'mips64', kernel: ['mips64'] },
];

const byGoarch = (g: string | undefined): Cpu | undefined => CPUS.find((c) => c.goarch === g);
/** armv7 and its variants (armv7s, armv7k …) are all GOARCH arm. */
const byMachO = (a: string): Cpu | undefined => CPUS.find((c) => c.machO?.includes(a)) ?? (a.startsWith('armv7') ? byGoarch('arm') : undefined);

/** Node's `process.arch` -> Mach-O name ('x64' -> 'x86_64', 'ia32' -> 'i386', 'arm' -> 'armv7'); others unchanged. */
export function nodeArchToMachO(nodeArch: string): string {
  return CPUS.find((c) => c.node === nodeArch && c.machO)?.machO?.[0] ?? nodeArch;
}

/** Node's name of an arch a Mac runs (x64, arm64, ia32) in Mach-O terms; undefined for anything else. */
export function knownMachO(nodeArch: string): string | undefined {
  return CPUS.some((c) => c.nodeOnMac && c.node === nodeArch) ? nodeArchToMachO(nodeArch) : undefined;
}

/** Mach-O name -> GOARCH (Go's darwin ports: amd64, arm64; 386 and arm for old Go), for a value that may be unknown. */
export function goarchOf(arch: string | undefined): string | undefined {
  return arch === undefined ? undefined : byMachO(arch)?.goarch;
}

/** GOARCH -> Mach-O name of the slice the Go linker writes. */
export function machOArchOfGoarch(goarch: string): string | undefined {
  return byGoarch(goarch)?.machO?.[0];
}

/** The Mac CPU family of a Mach-O name: an arm64 process runs arm64 and arm64e code, an x86_64 one x86_64 and x86_64h. */
export function familyOf(arch: string | undefined): HardwareArch | undefined {
  return arch === undefined ? undefined : byMachO(arch)?.hardware;
}

/** The Mach-O names a Mac CPU runs natively (arm64: arm64, arm64e, arm64v8; x86_64: x86_64, x86_64h). */
export function familyMembers(hw: HardwareArch): readonly string[] {
  return CPUS.find((c) => c.hardware === hw)?.machO ?? [];
}

/** GOARCH -> the Mac CPU it runs on natively (amd64 -> x86_64, arm64 -> arm64), else undefined. */
export function hardwareOfGoarch(goarch: string | undefined): HardwareArch | undefined {
  return byGoarch(goarch)?.hardware;
}

/** A Mac CPU from any of the names a user or a tool writes (arm64, aarch64, x86_64, x64, amd64 …), case-blind. */
export function normalizeHardware(arch: string | undefined): HardwareArch | undefined {
  const a = arch?.trim().toLowerCase();
  if (!a) return undefined;
  return CPUS.find((c) => c.hardware && (c.goarch === a || c.node === a || c.kernel.includes(a) || c.machO?.includes(a)))?.hardware;
}

/** GOARCH of a kernel machine name (`/proc/sys/kernel/arch`, `uname -m`), or undefined. */
export function kernelGoarch(name: string | undefined): string | undefined {
  const n = name?.trim();
  return n ? CPUS.find((c) => c.kernel.includes(n))?.goarch : undefined;
}

/** GOARCH of Node's process.arch. */
export function nodeGoarch(arch: string): string | undefined {
  return CPUS.find((c) => c.node === arch)?.goarch;
}

/** The name Linux users read (`x86_64`, `aarch64`) for a GOARCH. */
export function linuxArchName(goarch: string | undefined): string {
  return goarch ? (byGoarch(goarch)?.linux ?? goarch) : '?';
}

/** The Docker platform name of a GOARCH (`linux/arm64`, `linux/arm/v7`). */
function dockerPlatform(goarch: string): string {
  return byGoarch(goarch)?.docker ?? `linux/${goarch}`;
}

/** 32-bit userlands their 64-bit kernels run natively (386 on amd64, arm on arm64: IA32 emulation, AArch32 EL0). */
const NATIVE_COMPAT: Readonly<Record<string, readonly string[]>> = { amd64: ['386'], arm64: ['arm'] };

/** Whether a kernel of `kernel` (a GOARCH) runs `goarch` code without an emulator. */
export function runsNatively(kernel: string, goarch: string): boolean {
  return goarch === kernel || (NATIVE_COMPAT[kernel] ?? []).includes(goarch);
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

/** lipo-style list: "arm64e x86_64", or "(none)". */
export function archList(archs: readonly string[] | undefined): string {
  return archs && archs.length > 0 ? archs.join(' ') : '(none)';
}
