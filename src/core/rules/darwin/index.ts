/** The macOS rules: DarwinMachine -> Finding[] (platforms.ts runs them on a Mac, through runRules). */
import type { DarwinRule } from '../finding';
import { exportedGoarch, translatedProcess, translatedShell } from './process';
import { goArch, goDelveVersions, goNotFound } from './go';
import { dlvAlternateInvalid, dlvArch, dlvNoArm64, dlvNotFound } from './dlv';
import { debugserverArch, debugserverMissing, debugserverOverride } from './debugserver';
import { lldbArch, lldbDependencies, lldbStalePath } from './liblldb';
import { lldbMixed, lldbNone, lldbUnreferenced } from './liblldbPresence';
import { launchOverrides, settingsOverrides } from './overrides';
import { targetBuild, targetExec } from './target';
import { backendRule, unknownAttributes } from './launch';
import { developerMode } from './permissions';
import { goBuildDiffers } from './toolchain';
import { delveForMacos, lcUuid, lineStrPanic, xcode16Cgo } from './macos';
import { dwarf5OldDlv } from '../dwarf5';
import { noDebugInfo, optimizedCode, trimpath } from '../debugInfo';

export const DARWIN_RULES: readonly DarwinRule[] = [
  translatedProcess, translatedShell, exportedGoarch,
  goNotFound, goArch, goDelveVersions, goBuildDiffers,
  dlvAlternateInvalid, dlvNotFound, dlvArch, dlvNoArm64, lcUuid, delveForMacos, xcode16Cgo, dwarf5OldDlv, lineStrPanic,
  debugserverOverride, debugserverMissing, debugserverArch,
  settingsOverrides, launchOverrides, targetExec, targetBuild, noDebugInfo, optimizedCode, trimpath,
  unknownAttributes, backendRule, developerMode,
  lldbStalePath, lldbArch, lldbDependencies, lldbMixed, lldbUnreferenced, lldbNone,
];
