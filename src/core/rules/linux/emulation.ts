/**
 * A userland for another CPU than the kernel (research/failure-modes.md §1.1-1.2, §1.5): an amd64 container on
 * an Apple Silicon Mac under QEMU (Delve cannot start anything) or Rosetta for Linux (breakpoints and goroutines
 * fail with EIO); or, in a Linux VM whose VS Code server is native, only go and dlv are foreign binaries (issue 20
 * item 6). Every arch in a text is derived from the facts (mismatchNames). 32-bit userlands on their 64-bit kernels (386 on amd64, arm on arm64) run natively.
 */
import { linuxArchName, mismatchNames, runsNatively } from '../../arch/names';
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { LinuxMachine } from '../../probe/machine';
import type { ChainBinary, Emulator, LinuxFacts } from '../../probe/linux/types';
import type { Finding, Fix } from '../../report/types';
import { type LinuxRule, command, goCmd, manual, ruleFinding } from '../finding';
import { platformFile, platformFixes, rebuildStep } from '../../findings/containerFixes';
import { isEmulated, userlandGoarch } from '../../findings/emulated';
import { emulatorOf } from '../../probe/linux/boundary';
import { joinParagraphs } from '../../text/prose';
import { installDlvCommand } from '../../delve/install';

function emulationEvidence(l: LinuxFacts): string[] {
  const ev = [t(LINUX.evKernel, { arch: l.kernelArch ?? '?', source: l.kernelSource ?? '?' })];
  for (const b of l.binaries) if (b.machineName) ev.push(t(LINUX.evBinary, { role: b.role, path: b.path, machine: `${b.machineName}${b.goarch ? ` (${b.goarch})` : ''}` }));
  if (!l.binaries.some((b) => b.role === 'process' && b.goarch) && l.processGoarch) ev.push(t(LINUX.evProcess, { arch: l.processGoarch }));
  for (const m of l.markers.filter((x) => x.emulator)) ev.push(t(LINUX.evMarker, { source: m.source, value: m.value }));
  const compose = l.devcontainer?.compose;
  if (compose?.platform) ev.push(`${compose.path}:${compose.line ?? 1}: services.${compose.service}.platform: ${compose.platform}`);
  else if (l.devcontainer?.platform) ev.push(t(LINUX.evDevcontainer, { file: l.devcontainer.path, args: l.devcontainer.runArgs.join(' ') }));
  if (l.devcontainer?.dockerfile?.fromPlatform) ev.push(`${l.devcontainer.dockerfile.path}:${l.devcontainer.dockerfile.line ?? 1}: FROM --platform=${l.devcontainer.dockerfile.fromPlatform}`);
  return ev;
}

/** Emulated binaries of the chain and whether the probing process (VS Code's server, the CLI) runs natively. */
function foreignTools(l: LinuxFacts): { tools: ChainBinary[]; nativeProcess: boolean } {
  const kernel = l.kernelGoarch ?? '';
  const foreign = (g: string | undefined) => Boolean(g && !runsNatively(kernel, g));
  const proc = l.binaries.find((b) => b.role === 'process')?.goarch ?? l.processGoarch;
  return { tools: l.binaries.filter((b) => b.role !== 'process' && foreign(b.goarch)), nativeProcess: Boolean(proc) && !foreign(proc) };
}

const EMULATOR_NAMES: Record<Emulator, string> = { qemu: 'QEMU', rosetta: 'Rosetta for Linux', fex: 'FEX' };

/**
 * A Linux VM (Lima, Remote-SSH) whose VS Code server is native and only go/dlv are foreign binaries: the cause is
 * those binaries (install the native Go, rebuild dlv), not the machine or a container platform.
 */
function emulatedTools(m: LinuxMachine, l: LinuxFacts, tools: ChainBinary[], emu: Emulator | undefined): Finding {
  const native = l.kernelGoarch ?? '?';
  const user = tools.find((b) => b.role === 'dlv')?.goarch ?? tools[0]?.goarch ?? '?';
  const what = tools.map((b) => b.role === 'target' ? 'the program' : b.role).join(', ');
  const emulator = emu ? EMULATOR_NAMES[emu] : t(LINUX.emulatorUnknown);
  const consequence = t(emu === 'qemu' ? LINUX.consequenceQemu : emu === 'rosetta' ? LINUX.consequenceRosetta : LINUX.consequenceUnknown);
  const params = { what, user, native, kernel: l.kernelArch ?? '?', emulator, consequence };
  const fixes: Fix[] = [];
  const go = tools.find((b) => b.role === 'go');
  if (go) fixes.push(manual(t(LINUX.fixNativeGo, { native, user }), t(LINUX.fixNativeGoDetail, { native, user, path: m.go.env?.GOROOT ?? go.path })));
  if (tools.some((b) => b.role === 'dlv')) fixes.push(command(go ? t(LINUX.fixRebuildDlv) : t(LINUX.fixReinstallDlvNative), installDlvCommand(goCmd(m))));
  return ruleFinding('linux-emulated', { title: t(LINUX.titleTools, params), detail: t(LINUX.emulatedTools, params), evidence: emulationEvidence(l), fixes });
}

export const linuxEmulated: LinuxRule = (m: LinuxMachine): Finding[] => {
  const l = m.linux;
  if (!l || !isEmulated(l) || !l.kernelGoarch) return [];
  const emu = emulatorOf(l);
  const { tools, nativeProcess } = foreignTools(l);
  if (nativeProcess && tools.length > 0 && !l.devcontainer?.platform && !l.devcontainer?.dockerfile?.fromPlatform) return [emulatedTools(m, l, tools, emu)];
  const names = mismatchNames(l.kernelGoarch, userlandGoarch(l));
  const params = { user: linuxArchName(userlandGoarch(l)), kernel: l.kernelArch ?? '?', platform: names.platform };
  const title = emu === 'qemu' ? t(LINUX.titleQemu) : emu === 'rosetta' ? t(LINUX.titleRosetta) : undefined;
  const text = emu === 'qemu' ? LINUX.emulatedQemu : emu === 'rosetta' ? LINUX.emulatedRosetta : LINUX.emulatedUnknown;
  const detail = joinParagraphs([t(text, params), t(LINUX.whyNative, names), t(LINUX.noPrivileged)]);
  const fixes = [...platformFixes(l.devcontainer, names), rebuildStep(platformFile(l.devcontainer))];
  return [ruleFinding('linux-emulated', { detail, evidence: emulationEvidence(l), fixes, ...(title ? { title } : {}) })];
};
