/**
 * ptrace permissions on Linux as the kernel defines them (research/field-2026.md §3; the kernel's
 * Documentation/admin-guide/LSM/Yama.rst and security/yama/yama_lsm.c `yama_ptrace_access_check`,
 * `yama_ptrace_traceme`; moby profiles/seccomp/default.json and moby#38137):
 * - Yama scope 1 stops PTRACE_ATTACH to a non-descendant without CAP_SYS_PTRACE: `attach`, never `launch`.
 * - Scope 2 needs CAP_SYS_PTRACE in the tracer for PTRACE_ATTACH and for the child's PTRACE_TRACEME, so dlv's
 *   launch fails too; a container's capAdd gives the capability to root only (a non-root user's CapEff is 0).
 * - Scope 3 refuses both to everyone and cannot be lowered until reboot.
 * - Docker's default seccomp profile allows ptrace on kernels ≥ 4.8; before, only with CAP_SYS_PTRACE.
 */
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import { LINUX_PTRACE as P } from '../../i18n/messages/linux-ptrace';
import { seccompRefusesPtrace } from '../../probe/linux/ptrace';
import type { LinuxFacts } from '../../probe/linux/types';
import type { LinuxMachine } from '../../probe/machine';
import type { Finding, Fix } from '../../report/types';
import { command, manual, ruleFinding, type LinuxRule } from '../finding';
import { isEmulated } from './emulation';
import { dcEdit, ptraceFixes, rebuildStep } from './fixes';

function statusEvidence(l: LinuxFacts): string {
  return t(LINUX.evStatus, { seccomp: l.seccomp ?? '?', cap: l.capEff ?? '?', has: l.capSysPtrace ? t(LINUX.yes) : t(LINUX.no) });
}

/** Seccomp filter, a kernel before 4.8 and no CAP_SYS_PTRACE. Not under emulation: there the emulator is the cause. */
export const linuxSeccomp: LinuxRule = (m: LinuxMachine): Finding[] => {
  const l = m.linux;
  if (!l || l.seccomp !== 2 || l.capSysPtrace !== false || isEmulated(l) || !seccompRefusesPtrace(l)) return [];
  const fixes = [...ptraceFixes(l.devcontainer, true)];
  if (fixes.some((f) => f.kind === 'edit')) fixes.push(rebuildStep());
  const evidence = [statusEvidence(l), `/proc/sys/kernel/osrelease: ${l.kernelRelease ?? '?'}`, ...l.container.map((c) => `container: ${c}`)];
  return [ruleFinding('linux-ptrace-blocked', { severity: 'warning', detail: t(LINUX.seccomp, { release: l.kernelRelease ?? '?' }), evidence, fixes })];
};

/** dlv would trace a process it did not start: request attach with mode local (remote attaches trace elsewhere). */
function localAttach(m: LinuxMachine): boolean {
  return m.launch.request === 'attach' && (m.launch.mode ?? 'local') === 'local';
}

/** dlv traces on this machine at all: a local attach or a launch (not an attach to a dlv elsewhere). */
function tracesHere(m: LinuxMachine): boolean {
  return localAttach(m) || m.launch.request !== 'attach';
}

/** The user dlv runs as in the container, when the container names one (for evidence and the detail). */
function containerUser(l: LinuxFacts): string | undefined {
  return l.devcontainer?.remoteUser ?? l.devcontainer?.containerUser;
}

/** Fixes that give dlv CAP_SYS_PTRACE: capAdd (root only gets it), and running as root when the user is not. */
function capabilityFixes(l: LinuxFacts): Fix[] {
  const dc = l.devcontainer;
  const fixes: Fix[] = [...ptraceFixes(dc, false)];
  const nonRoot = l.euid !== undefined && l.euid !== 0;
  if (nonRoot && dc && !dc.error) fixes.push(dcEdit(t(P.fixRemoteUserRoot), dc, ['remoteUser'], 'root'));
  if (fixes.some((f) => f.kind === 'edit')) fixes.push(rebuildStep());
  return fixes;
}

function scopeDetail(l: LinuxFacts, scope: number): string {
  const text = scope === 1 ? t(P.scope1) : scope === 2 ? t(P.scope2) : t(P.scope3);
  const dc = l.devcontainer;
  const nonRoot = scope === 2 && l.euid !== undefined && l.euid !== 0 && dc?.capAdd.includes('SYS_PTRACE');
  return nonRoot ? `${text} ${t(P.capAddNonRoot, { user: containerUser(l) ?? `uid ${l.euid ?? '?'}` })}` : text;
}

/**
 * Yama's ptrace_scope for what this configuration asks dlv to do: scope 1 and a local attach without the
 * capability; scope 2 and a launch or local attach without it; scope 3 and either, whatever the capability.
 */
export const linuxPtraceScope: LinuxRule = (m: LinuxMachine): Finding[] => {
  const l = m.linux;
  const scope = l?.ptraceScope;
  if (!l || scope === undefined || scope === 0 || !tracesHere(m)) return [];
  if (scope === 1 && (!localAttach(m) || l.capSysPtrace !== false)) return [];
  if (scope === 2 && l.capSysPtrace !== false) return [];
  const fixes: Fix[] = scope < 3 ? capabilityFixes(l) : [manual(t(P.fixScope3), t(P.fixScope3Detail))];
  if (scope < 3) fixes.push(command(t(scope === 1 ? LINUX.fixScope : P.fixScopeLower), 'sudo sysctl -w kernel.yama.ptrace_scope=0'));
  const evidence = [`/proc/sys/kernel/yama/ptrace_scope: ${scope}`, statusEvidence(l), `launch request: ${m.launch.request ?? 'launch'}${m.launch.mode ? `, mode=${m.launch.mode}` : ''}`];
  if (l.euid !== undefined) evidence.push(t(P.evUser, { uid: l.euid, user: containerUser(l) ?? '' }));
  const title = scope === 1 ? undefined : t(P.titleAll);
  return [ruleFinding('linux-ptrace-scope', { severity: 'error', detail: scopeDetail(l, scope), evidence, fixes, ...(title ? { title } : {}) })];
};
