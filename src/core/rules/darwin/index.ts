/**
 * The macOS rules: DarwinMachine -> Finding[] (platforms.ts runs them on a Mac, through runRules). The rules written as
 * finding modules come from the registry (src/core/findings/registry.ts), named by their code where the list runs them
 * (the list's order is the report's among findings of one severity and component: registry.ts ruleList).
 */
import type { DarwinRule } from '../finding';
import type { DarwinMachine } from '../../probe/machine';
import { debugserverArch, debugserverMissing, debugserverOverride } from './debugserver';
import { lldbArch, lldbDependencies, lldbStalePath } from './liblldb';
import { lldbMixed, lldbNone, lldbUnreferenced } from './liblldbPresence';
import { launchOverrides, settingsOverrides } from './overrides';
import { backendRule, unknownAttributes } from './launch';
import { developerMode } from './permissions';
import { delveForMacos, lcUuid, xcode16Cgo } from './macos';
import { ruleList } from '../../findings/registry';

export const DARWIN_RULES: readonly DarwinRule[] = ruleList<DarwinMachine>('darwin', [
  'go-not-found', 'go-arch-mismatch', 'go-build-differs',
  'settings-alternate-dlv-invalid', 'dlv-not-found', 'dlv-bad-cpu', 'dlv-arch-mismatch', 'dlv-no-arm64-support', lcUuid, delveForMacos, xcode16Cgo,
  debugserverOverride, debugserverMissing, debugserverArch,
  settingsOverrides, launchOverrides, 'target-not-executable', 'target-arch-mismatch',
  unknownAttributes, backendRule, developerMode,
  lldbStalePath, lldbArch, lldbDependencies, lldbMixed, lldbUnreferenced, lldbNone,
  // The other finding modules for macOS (src/core/findings) follow, in registry order.
]);
