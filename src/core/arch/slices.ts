/**
 * The architecture model: what a Mac can execute, and which slice a process of a CPU family uses. Every rule names
 * its source.
 *
 * Facts (sources):
 * - Intel Macs execute x86_64, x86_64h and i386 only (xnu osfmk/i386 cpu grading, `grade_binary()` in
 *   bsd/dev/i386/kern_machdep.c). i386 stopped running with macOS 10.15 Catalina (Apple: "32-bit app
 *   compatibility"); this model still answers `native` for it and leaves the OS version to the caller.
 * - x86_64h (Haswell) is preferred over x86_64 on Haswell and later CPUs (kernel grade_binary; dyld
 *   GradedArchs::x86_64h = {x86_64h: 2, x86_64: 1}, dyld-940 MachOFile.cpp). Every Intel Mac sold since 2013 is
 *   Haswell or later, so the model treats Intel hardware as Haswell.
 * - Apple silicon executes arm64 and arm64e natively (arm64e preferred by the kernel's grade_binary in
 *   bsd/dev/arm64/kern_machdep.c). Third-party arm64e executables also need the arm64e preview ABI
 *   (boot-arg `-arm64e_preview_abi`) unless Apple-signed; the model does not judge signatures.
 * - Apple silicon runs x86_64 under Rosetta 2 when it is installed (Apple: "About the Rosetta translation
 *   environment"). Rosetta does not translate AVX2-only code, so it runs the x86_64 slice, never x86_64h.
 * - A translated (Rosetta) parent makes its children prefer x86_64: when a translated process execs a universal
 *   binary, the kernel picks the x86_64 slice if there is one (the spawn inherits the parent's binary preference;
 *   Apple: "About the Rosetta translation environment", `arch(1)`), so an x86_64 VS Code starts an x86_64
 *   debugserver under Rosetta, which fails (GROUND_TRUTH.md §1). `uname -m` in such a child prints x86_64.
 * - dlopen: dyld only maps a slice whose (cputype, cpusubtype) is in the process's GradedArchs list (dyld-940
 *   MachOFile.cpp): arm64 process -> arm64 only, so an arm64-only process cannot load an arm64e-only dylib;
 *   arm64e process (pointer-auth keys on, the normal case) -> arm64e only; arm64e with keys off ->
 *   arm64e then arm64; x86_64h process -> x86_64h then x86_64; x86_64 process -> x86_64 only; i386 -> i386.
 *
 * Two gradings: `canExecute` follows the kernel exactly; the findings judge loading by CPU family (`sliceFor`: an
 * arm64 process with arm64 or arm64e slices, an x86_64 one with x86_64 or x86_64h), not by dyld's exact
 * GradedArchs above, so that Apple's arm64e system binaries raise no false alarm.
 */
import { familyMembers, familyOf, type HardwareArch } from './names';

/** Anything with a lipo arch name: a Mach-O reader's slice, or a recorded one. */
type Sliced = { arch: string };

function pick<S extends Sliced>(slices: readonly S[], order: readonly string[]): S | undefined {
  for (const want of order) {
    const hit = slices.find((s) => s.arch === want);
    if (hit) return hit;
  }
  return undefined;
}

export interface ExecOptions {
  /** Rosetta 2 installed (Apple silicon only); default true. */
  rosetta?: boolean;
  /** The parent runs translated: children prefer the x86_64 slice (see the header comment). */
  translatedParent?: boolean;
}

/** What happens when this binary is exec'd on that hardware (kernel grade_binary; Rosetta rules above). */
export function canExecute<S extends Sliced>(
  slices: readonly S[],
  hardware: HardwareArch,
  opts: ExecOptions = {},
): { how: 'native' | 'rosetta' | 'no'; slice?: S } {
  if (hardware === 'x86_64') {
    const slice = pick(slices, ['x86_64h', 'x86_64', 'i386']);
    return slice ? { how: 'native', slice } : { how: 'no' };
  }
  const rosetta = opts.rosetta !== false;
  const translated = rosetta ? pick(slices, ['x86_64']) : undefined;
  if (opts.translatedParent && translated) return { how: 'rosetta', slice: translated };
  const native = pick(slices, ['arm64e', 'arm64']);
  if (native) return { how: 'native', slice: native };
  return translated ? { how: 'rosetta', slice: translated } : { how: 'no' };
}

/** The family grading of a process of `arch`: its own arch first, then the rest of its Mac CPU family. */
function familyOrder(arch: string): string[] {
  const fam = familyOf(arch);
  return fam ? [arch, ...familyMembers(fam).filter((a) => a !== arch)] : [arch];
}

/** The slice a process of `loadArch` would use, by family, its own arch first (the findings' grading, see above). */
export function sliceFor(archs: readonly string[], loadArch: string): string | undefined {
  return pick(archs.map((arch) => ({ arch })), familyOrder(loadArch))?.arch;
}
