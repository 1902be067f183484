/**
 * The codes of the rules not yet written as finding modules (src/core/findings/<platform>/<code>.ts): their component,
 * severity and root-cause rank (the rank table and generic codes that report/merge.ts held). Their titles are in
 * i18n/messages/codes.ts. A family converted to modules leaves this table; never change what an existing code means.
 */
import type { CodeMeta } from './define';

export const LEGACY_CODES = {
  'go-not-found': { component: 'go', severity: 'error' },
  'go-arch-mismatch': { component: 'go', severity: 'error' },
  'dlv-not-found': { component: 'dlv', severity: 'error' },
  'dlv-arch-mismatch': { component: 'dlv', severity: 'error' },
  'dlv-translated': { component: 'dlv', severity: 'error', rank: 0 },
  'dlv-bad-cpu': { component: 'dlv', severity: 'error', rank: 0 },
  'dlv-no-arm64-support': { component: 'dlv', severity: 'error' },
  'target-arch-mismatch': { component: 'target', severity: 'error' },
  'target-not-executable': { component: 'target', severity: 'error' },
  'settings-alternate-dlv-invalid': { component: 'settings', severity: 'error' },
  'attach-failed': { component: 'dlv', severity: 'error', generic: true },
  'dlv-not-executable': { component: 'dlv', severity: 'error' },
  'go-build-differs': { component: 'go', severity: 'warning' },
  'internal-error': { component: 'host', severity: 'error' },
  // One code for every emulator, so that what the preflight saw (maybe not which emulator) and what Delve said
  // (which one) merge into one finding; the title names the emulator when known.
  'linux-emulated': { component: 'host', severity: 'error' },
} as const satisfies Record<string, CodeMeta>;
