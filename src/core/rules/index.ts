/**
 * All macOS rules, run over the Machine model, then ordered root cause first. Rules are pure: Machine -> Finding[].
 * The rules written as finding modules come from the registry (src/core/findings/registry.ts).
 */
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import type { MachineRule } from './finding';
import { goArch, goNotFound } from './go';
import { dlvAlternateInvalid, dlvArch, dlvNoArm64, dlvNotFound } from './dlv';
import { debugserverArch, debugserverMissing, debugserverOverride } from './debugserver';
import { lldbArch, lldbDependencies, lldbStalePath } from './liblldb';
import { lldbMixed, lldbNone, lldbUnreferenced } from './liblldbPresence';
import { launchOverrides, settingsOverrides } from './overrides';
import { targetBuild, targetExec } from './target';
import { backendRule, unknownAttributes } from './launch';
import { developerMode } from './permissions';
import { rank } from './rank';
import { goBuildDiffers } from './toolchain';
import { delveForMacos, lcUuid, xcode16Cgo } from './macos';
import { reachable } from './reach';
import { moduleChecks } from '../findings/registry';

export const RULES: readonly MachineRule[] = [
  goNotFound, goArch, goBuildDiffers,
  dlvAlternateInvalid, dlvNotFound, dlvArch, dlvNoArm64, lcUuid, delveForMacos, xcode16Cgo,
  debugserverOverride, debugserverMissing, debugserverArch,
  settingsOverrides, launchOverrides, targetExec, targetBuild,
  unknownAttributes, backendRule, developerMode,
  lldbStalePath, lldbArch, lldbDependencies, lldbMixed, lldbUnreferenced, lldbNone,
  // The finding modules for macOS (src/core/findings): their order among the rules above does not change the
  // report, which rank() orders by severity, component and cause.
  ...moduleChecks('darwin'),
];

export function runRules(m: Machine, rules: readonly MachineRule[] = RULES): Finding[] {
  return rank(reachable(m, rules.flatMap((r) => r(m))));
}
