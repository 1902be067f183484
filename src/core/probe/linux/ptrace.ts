/** What the kernel lets this process's children do with ptrace: seccomp mode, CAP_SYS_PTRACE, Yama's scope. */
import type { ProbeContext } from '../context';
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
  const scope = ctx.host.readText(PTRACE_SCOPE, 'ptraceScope');
  const n = scope.ok ? Number(scope.value.trim()) : NaN;
  if (Number.isInteger(n) && n >= 0 && n <= 3) facts.ptraceScope = n;
}
