/**
 * ptrace permissions in a container (research/failure-modes.md §1.3): a seccomp filter without CAP_SYS_PTRACE
 * (launch fails with "operation not permitted"), and Yama's ptrace_scope for attach.
 */
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { LinuxFacts } from '../../probe/linux/types';
import type { Machine } from '../../probe/machine';
import type { Finding } from '../../report/types';
import { command, ruleFinding, type MachineRule } from '../finding';
import { isEmulated } from './emulation';
import { ptraceFixes, rebuildStep } from './fixes';

function statusEvidence(l: LinuxFacts): string {
  return t(LINUX.evStatus, { seccomp: l.seccomp ?? '?', cap: l.capEff ?? '?', has: l.capSysPtrace ? t(LINUX.yes) : t(LINUX.no) });
}

/** Seccomp filter and no CAP_SYS_PTRACE. Not reported under emulation: there the emulator is the cause. */
export const linuxSeccomp: MachineRule = (m: Machine): Finding[] => {
  const l = m.linux;
  if (!l || l.seccomp !== 2 || l.capSysPtrace !== false || isEmulated(l)) return [];
  const fixes = [...ptraceFixes(l.devcontainer, true)];
  if (fixes.some((f) => f.kind === 'edit')) fixes.push(rebuildStep());
  return [ruleFinding('linux-ptrace-blocked', { severity: 'warning', detail: t(LINUX.seccomp), evidence: [statusEvidence(l), ...l.container.map((c) => `container: ${c}`)], fixes })];
};

const SCOPE_TEXT = [undefined, LINUX.scope1, LINUX.scope2, LINUX.scope3];

/** Attach to a running process (request attach, mode local) with ptrace_scope ≥ 1 and no CAP_SYS_PTRACE, or scope 3. */
export const linuxPtraceScope: MachineRule = (m: Machine): Finding[] => {
  const l = m.linux;
  const scope = l?.ptraceScope;
  if (!l || scope === undefined || scope === 0 || m.launch.request !== 'attach' || (m.launch.mode ?? 'local') !== 'local') return [];
  if (scope < 3 && l.capSysPtrace) return [];
  const meaning = SCOPE_TEXT[scope];
  const fixes = scope < 3 ? [...ptraceFixes(l.devcontainer, false)] : [];
  fixes.push(command(t(LINUX.fixScope), 'sudo sysctl -w kernel.yama.ptrace_scope=0'));
  const detail = t(LINUX.ptraceScope, { scope, meaning: meaning ? t(meaning) : '' });
  return [ruleFinding('linux-ptrace-scope', { severity: scope === 3 ? 'error' : 'warning', detail, evidence: [`/proc/sys/kernel/yama/ptrace_scope: ${scope}`, statusEvidence(l)], fixes })];
};
