/**
 * Whether the Linux userland runs for another CPU than the kernel (research/failure-modes.md §1.5): the emulation
 * finding (findings/linux/linux-emulated.ts) and the ptrace findings, which emulation explains instead, read it.
 */
import { runsNatively } from '../arch/names';
import type { LinuxFacts } from '../probe/linux/types';

/** The GOARCH the debug chain runs as: dlv's ELF when known, else the probing process. */
export function userlandGoarch(l: LinuxFacts): string | undefined {
  return l.binaries.find((b) => b.role === 'dlv')?.goarch ?? l.processGoarch;
}

export function isEmulated(l: LinuxFacts): boolean {
  const user = userlandGoarch(l);
  const kernel = l.kernelGoarch;
  return Boolean(user && kernel && !runsNatively(kernel, user));
}
