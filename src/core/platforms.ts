/**
 * The platform seam: which probes, rules and components list a machine gets. macOS (probe/, rules/) and Linux
 * (probe/linux/, rules/linux/) build the same Machine model and Report. Some code still reads the platform itself
 * besides this seam: rules/launch.ts and rules/macos.ts, probe/dlv.ts, dap/fixes.ts, present/statusText.ts and
 * present/linuxStatus.ts, and the VS Code layer's DAP watch (src/vscode/preflight/dapWatchTracker.ts).
 */
import type { ProbeInput } from './probe/darwin/machine';
import { probeMachine } from './probe/darwin/machine';
import { components } from './probe/darwin/components';
import { probeLinuxMachine } from './probe/linux/machine';
import { linuxComponents } from './probe/linux/components';
import type { Machine } from './probe/machine';
import type { ComponentReport } from './report/types';
import type { MachineRule } from './rules/finding';
import { RULES } from './rules/index';
import { LINUX_RULES } from './rules/linux/index';

export interface Platform {
  probe(input: ProbeInput): Promise<Machine>;
  rules: readonly MachineRule[];
  components(m: Machine): ComponentReport[];
}

const PLATFORMS: Readonly<Record<string, Platform>> = {
  darwin: { probe: probeMachine, rules: RULES, components },
  linux: { probe: probeLinuxMachine, rules: LINUX_RULES, components: linuxComponents },
};

export function platformOf(name: string): Platform | undefined {
  return Object.prototype.hasOwnProperty.call(PLATFORMS, name) ? PLATFORMS[name] : undefined;
}
