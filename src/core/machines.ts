/**
 * Each platform's machine: its probe (probe/darwin, probe/linux), its rules (rules/darwin, rules/linux) and its
 * components list, wired through platforms.ts's one switch. Apart from platforms.ts because the platforms' rules
 * ask platforms.ts (findings/shared/dlv-dwarf5-old-go.ts) and this file imports them.
 */
import type { ProbeInput } from './probe/input';
import type { Machine } from './probe/machine';
import { probeMachine } from './probe/darwin/machine';
import { components } from './probe/darwin/components';
import { probeLinuxMachine } from './probe/linux/machine';
import { linuxComponents } from './probe/linux/components';
import type { ComponentReport, Finding } from './report/types';
import { runRules } from './rules/index';
import { DARWIN_RULES } from './rules/darwin/index';
import { LINUX_RULES } from './rules/linux/index';
import { onMachine, platformOf, type PlatformName } from './platforms';

const PROBES: Readonly<Record<PlatformName, (input: ProbeInput) => Promise<Machine>>> = { darwin: probeMachine, linux: probeLinuxMachine };

/** The probe of a platform; a host of no known platform is probed as a Mac (the unit tests' Machine model of one). */
export function probeOf(name: string): (input: ProbeInput) => Promise<Machine> {
  return PROBES[platformOf(name)?.name ?? 'darwin'];
}

/** The machine's platform rules run over it, root cause first. */
export function findingsOf(m: Machine): Finding[] {
  return onMachine(m, { darwin: (d) => runRules(d, DARWIN_RULES), linux: (l) => runRules(l, LINUX_RULES) });
}

/** The report's components list, from the machine's platform. */
export function componentsOf(m: Machine): ComponentReport[] {
  return onMachine(m, { darwin: components, linux: linuxComponents });
}
