/**
 * The macOS rules: DarwinMachine -> Finding[] (platforms.ts runs them on a Mac, through runRules). The rules written as
 * finding modules come from the registry (src/core/findings/registry.ts), named by their code where the list runs them
 * (the list's order is the report's among findings of one severity and component: registry.ts ruleList).
 */
import type { DarwinRule } from '../../findings/define';
import type { DarwinMachine } from '../../probe/machine';
import { ruleList } from '../../findings/registry';

/** Every macOS check, by its finding's code, in the order the rules ran before they became modules. */
export const DARWIN_RULES: readonly DarwinRule[] = ruleList<DarwinMachine>('darwin', [
  'go-not-found', 'go-arch-mismatch', 'go-build-differs',
  'settings-alternate-dlv-invalid', 'dlv-not-found', 'dlv-bad-cpu', 'dlv-arch-mismatch', 'dlv-no-arm64-support',
  'dlv-missing-lc-uuid', 'target-missing-lc-uuid', 'dlv-too-old-for-macos', 'go-too-old-for-xcode',
  'debugserver-path-invalid', 'debugserver-not-found', 'debugserver-arch-mismatch', 'debugserver-translated',
  'settings-goarch-override', 'settings-goos-override', 'launch-goarch-override', 'launch-goos-override',
  'target-not-executable', 'target-arch-mismatch',
  'launch-unknown-attribute', 'launch-native-backend', 'launch-unknown-backend', 'developer-mode-off',
  'liblldb-stale-path', 'liblldb-arch-mismatch', 'liblldb-dependency-missing', 'liblldb-dependency-arch', 'liblldb-mixed', 'liblldb-unreferenced', 'liblldb-not-found',
  // The other finding modules for macOS (src/core/findings) follow, in registry order.
]);
