/**
 * Arch families for the diagnosis. Loading is judged by family (an arm64 process with arm64 or arm64e slices,
 * an x86_64 one with x86_64 or x86_64h): stricter dyld grading (arm64 vs arm64e ABI) is left to the Mach-O
 * reader's canLoad and not used for findings, so that Apple's arm64e system binaries raise no false alarm.
 */
import { goarchOf, machOArchOfGoarch, type HardwareArch } from '../macho';

export function familyOf(arch: string | undefined): HardwareArch | undefined {
  if (arch === 'arm64' || arch === 'arm64e') return 'arm64';
  if (arch === 'x86_64' || arch === 'x86_64h') return 'x86_64';
  return undefined;
}

/** The slice a process of `loadArch` would use, by family, its own arch first. */
export function sliceFor(archs: readonly string[], loadArch: string): string | undefined {
  if (archs.includes(loadArch)) return loadArch;
  const fam = familyOf(loadArch);
  return archs.find((a) => familyOf(a) === fam);
}

/** GOARCH -> the hardware family it runs on (macho/arch's machOArchOfGoarch, restricted to this product's two CPUs). */
export function goarchToMachO(goarch: string | undefined): HardwareArch | undefined {
  return goarch ? familyOf(machOArchOfGoarch(goarch)) : undefined;
}

/** Mach-O name -> GOARCH (macho/arch's goarchOf), for a value that may be unknown. */
export function machOToGoarch(arch: string | undefined): string | undefined {
  return arch ? goarchOf(arch) : undefined;
}

/** lipo-style list: "arm64e x86_64", or "(none)". */
export function archList(archs: readonly string[] | undefined): string {
  return archs && archs.length > 0 ? archs.join(' ') : '(none)';
}
