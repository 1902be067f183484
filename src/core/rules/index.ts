/** All rules, run over the Machine model, then ordered root cause first. Rules are pure: Machine -> Finding[]. */
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import type { MachineRule } from './finding';
import { exportedGoarch, translatedProcess, translatedShell } from './darwin/process';
import { goArch, goDelveVersions, goNotFound } from './darwin/go';
import { dlvAlternateInvalid, dlvArch, dlvNoArm64, dlvNotFound } from './darwin/dlv';
import { debugserverArch, debugserverMissing, debugserverOverride } from './darwin/debugserver';
import { lldbArch, lldbDependencies, lldbStalePath } from './darwin/liblldb';
import { lldbMixed, lldbNone, lldbUnreferenced } from './darwin/liblldbPresence';
import { launchOverrides, settingsOverrides } from './darwin/overrides';
import { targetBuild, targetExec } from './darwin/target';
import { backendRule, unknownAttributes } from './darwin/launch';
import { developerMode } from './darwin/permissions';
import { rank } from './rank';
import { goBuildDiffers } from './darwin/toolchain';
import { delveForMacos, lcUuid, lineStrPanic, xcode16Cgo } from './darwin/macos';
import { dwarf5OldDlv } from './dwarf5';
import { reachable } from './reach';
import { noDebugInfo, optimizedCode, trimpath } from './debugInfo';

export const RULES: readonly MachineRule[] = [
  translatedProcess, translatedShell, exportedGoarch,
  goNotFound, goArch, goDelveVersions, goBuildDiffers,
  dlvAlternateInvalid, dlvNotFound, dlvArch, dlvNoArm64, lcUuid, delveForMacos, xcode16Cgo, dwarf5OldDlv, lineStrPanic,
  debugserverOverride, debugserverMissing, debugserverArch,
  settingsOverrides, launchOverrides, targetExec, targetBuild, noDebugInfo, optimizedCode, trimpath,
  unknownAttributes, backendRule, developerMode,
  lldbStalePath, lldbArch, lldbDependencies, lldbMixed, lldbUnreferenced, lldbNone,
];

export function runRules(m: Machine, rules: readonly MachineRule[] = RULES): Finding[] {
  return rank(reachable(m, rules.flatMap((r) => r(m))));
}
