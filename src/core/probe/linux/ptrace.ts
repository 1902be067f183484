/** What the kernel lets this process's children do with ptrace: seccomp mode, CAP_SYS_PTRACE, Yama's scope. */
import type { ProbeContext } from '../context';
import { kernelVersion } from './kernel';
import { PTRACE_SCOPE } from './paths';
import type { LinuxFacts } from './types';
const CAP_SYS_PTRACE = 19n;

export function probePtrace(ctx: ProbeContext, facts: LinuxFacts, status: string | undefined): void {
  const sec = /^Seccomp:\s*(\d)/m.exec(status ?? '')?.[1];
  if (sec !== undefined) facts.seccomp = Number(sec);
  const cap = /^CapEff:\s*([0-9a-fA-F]{1,16})\s*$/m.exec(status ?? '')?.[1];
  if (cap) {
    facts.capEff = cap;
    facts.capSysPtrace = ((BigInt(`0x${cap}`) >> CAP_SYS_PTRACE) & 1n) === 1n;
  }
  const uid = /^Uid:\s*\d+\s+(\d+)/m.exec(status ?? '')?.[1];
  if (uid !== undefined) facts.euid = Number(uid);
  const scope = ctx.host.readText(PTRACE_SCOPE, 'ptraceScope');
  const n = scope.ok ? Number(scope.value.trim()) : NaN;
  if (Number.isInteger(n) && n >= 0 && n <= 3) facts.ptraceScope = n;
}

/** Kernel before 4.8, where Docker's default seccomp profile refuses ptrace without CAP_SYS_PTRACE (moby#38137). */
export function seccompRefusesPtrace(l: LinuxFacts): boolean {
  const v = kernelVersion(l.kernelRelease);
  return l.seccomp === 2 && l.capSysPtrace === false && v !== undefined && (v[0] < 4 || (v[0] === 4 && v[1] < 8));
}

/** The kernel refuses dlv's launch (PTRACE_TRACEME): an old seccomp profile, or Yama scope 3, or 2 without the capability. */
export function launchPtraceBlocked(l: LinuxFacts): boolean {
  return seccompRefusesPtrace(l) || l.ptraceScope === 3 || (l.ptraceScope === 2 && l.capSysPtrace === false);
}
