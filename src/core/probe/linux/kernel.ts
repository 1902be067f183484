/**
 * The kernel's CPU from files only (research/failure-modes.md §1.5): `/proc/sys/kernel/arch` (Linux ≥ 6.1),
 * else the arm64-only sysfs register `midr_el1`. `uname -m` is never used: QEMU and Rosetta both fake it.
 */
import { kernelGoarch } from '../../arch/names';
import type { ProbeContext } from '../context';
import { KERNEL_ARCH, MIDR_EL1, OSRELEASE } from './paths';
import type { LinuxFacts } from './types';

export function probeKernel(ctx: ProbeContext, facts: LinuxFacts): void {
  const arch = ctx.host.readText(KERNEL_ARCH, 'kernelArch');
  if (arch.ok && arch.value.trim()) {
    facts.kernelArch = arch.value.trim();
    facts.kernelSource = KERNEL_ARCH;
  } else if (ctx.host.stat(MIDR_EL1).ok) {
    facts.kernelArch = 'aarch64';
    facts.kernelSource = MIDR_EL1;
  }
  const g = kernelGoarch(facts.kernelArch);
  if (g) facts.kernelGoarch = g;
  const rel = ctx.host.readText(OSRELEASE, 'osRelease');
  if (rel.ok && rel.value.trim()) facts.kernelRelease = rel.value.trim();
}

/** [major, minor] of a kernel release (`6.8.0-45-generic`, `4.4.0`), or undefined. */
export function kernelVersion(release: string | undefined): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(release ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
