/**
 * A userland for another CPU than the kernel (research/failure-modes.md §1.1-1.2, §1.5): an amd64 container on
 * an Apple Silicon Mac under QEMU (Delve cannot start anything) or Rosetta for Linux (breakpoints and goroutines
 * fail with EIO). 32-bit userlands on their 64-bit kernels (386 on amd64, arm on arm64) run natively.
 */
import { linuxArchName, dockerPlatform } from '../../elf';
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { Machine } from '../../probe/machine';
import { emulatorOf } from '../../probe/linux/boundary';
import type { LinuxFacts } from '../../probe/linux/types';
import type { Finding } from '../../report/types';
import { joinParagraphs } from '../../text/prose';
import { ruleFinding, type MachineRule } from '../finding';
import { platformFixes, platformWords, rebuildStep } from './fixes';

const NATIVE_COMPAT: Record<string, string[]> = { amd64: ['386'], arm64: ['arm'] };

/** The GOARCH the debug chain runs as: dlv's ELF when known, else the probing process. */
function userlandGoarch(l: LinuxFacts): string | undefined {
  return l.binaries.find((b) => b.role === 'dlv')?.goarch ?? l.processGoarch;
}

export function isEmulated(l: LinuxFacts): boolean {
  const user = userlandGoarch(l);
  const kernel = l.kernelGoarch;
  return Boolean(user && kernel && user !== kernel && !(NATIVE_COMPAT[kernel] ?? []).includes(user));
}

function emulationEvidence(l: LinuxFacts): string[] {
  const ev = [t(LINUX.evKernel, { arch: l.kernelArch ?? '?', source: l.kernelSource ?? '?' })];
  for (const b of l.binaries) if (b.machineName) ev.push(t(LINUX.evBinary, { role: b.role, path: b.path, machine: `${b.machineName}${b.goarch ? ` (${b.goarch})` : ''}` }));
  if (!l.binaries.some((b) => b.role === 'process' && b.goarch) && l.processGoarch) ev.push(t(LINUX.evProcess, { arch: l.processGoarch }));
  for (const m of l.markers.filter((x) => x.emulator)) ev.push(t(LINUX.evMarker, { source: m.source, value: m.value }));
  if (l.devcontainer?.platform) ev.push(t(LINUX.evDevcontainer, { file: l.devcontainer.path, args: l.devcontainer.runArgs.join(' ') }));
  if (l.devcontainer?.dockerfile?.fromPlatform) ev.push(`${l.devcontainer.dockerfile.path}:${l.devcontainer.dockerfile.line ?? 1}: FROM --platform=${l.devcontainer.dockerfile.fromPlatform}`);
  return ev;
}

export const linuxEmulated: MachineRule = (m: Machine): Finding[] => {
  const l = m.linux;
  if (!l || !isEmulated(l) || !l.kernelGoarch) return [];
  const platform = dockerPlatform(l.kernelGoarch);
  const params = { user: linuxArchName(userlandGoarch(l)), kernel: l.kernelArch ?? '?', platform };
  const emu = emulatorOf(l);
  const title = emu === 'qemu' ? t(LINUX.titleQemu) : emu === 'rosetta' ? t(LINUX.titleRosetta) : undefined;
  const text = emu === 'qemu' ? LINUX.emulatedQemu : emu === 'rosetta' ? LINUX.emulatedRosetta : LINUX.emulatedUnknown;
  const user = userlandGoarch(l);
  const detail = joinParagraphs([t(text, params), t(LINUX.whyArm64, platformWords(l.kernelGoarch, user)), t(LINUX.noPrivileged)]);
  const fixes = [...platformFixes(l.devcontainer, l.kernelGoarch, user), rebuildStep()];
  return [ruleFinding('linux-emulated', { detail, evidence: emulationEvidence(l), fixes, ...(title ? { title } : {}) })];
};
