/**
 * The macOS rules: DarwinMachine -> Finding[] (platforms.ts runs them on a Mac, through runRules). The rules written as
 * finding modules come from the registry (src/core/findings/registry.ts).
 */
import type { DarwinRule } from '../finding';
import { goArch, goNotFound } from './go';
import { dlvAlternateInvalid, dlvArch, dlvNoArm64, dlvNotFound } from './dlv';
import { debugserverArch, debugserverMissing, debugserverOverride } from './debugserver';
import { lldbArch, lldbDependencies, lldbStalePath } from './liblldb';
import { lldbMixed, lldbNone, lldbUnreferenced } from './liblldbPresence';
import { targetBuild, targetExec } from './target';
import { developerMode } from './permissions';
import { goBuildDiffers } from './toolchain';
import { delveForMacos, lcUuid, xcode16Cgo } from './macos';
import { moduleChecks } from '../../findings/registry';

export const DARWIN_RULES: readonly DarwinRule[] = [
  goNotFound, goArch, goBuildDiffers,
  dlvAlternateInvalid, dlvNotFound, dlvArch, dlvNoArm64, lcUuid, delveForMacos, xcode16Cgo,
  debugserverOverride, debugserverMissing, debugserverArch,
  targetExec, targetBuild,
  developerMode,
  lldbStalePath, lldbArch, lldbDependencies, lldbMixed, lldbUnreferenced, lldbNone,
  // The finding modules for macOS (src/core/findings): their order among the rules above does not change the
  // report, which rank() orders by severity, component and cause.
  ...moduleChecks('darwin'),
];
