/**
 * The catalogue of finding codes. Rules (preflight probes) and the DAP/explain classifier share it, so that a
 * cause found before F5 and the same cause seen in Delve's error text carry one code, one component and one
 * title, and merge in one report. Add codes here; never change what an existing code means. Titles are
 * messages of the catalogue (English and zh-cn), formatted in the current language by codeInfo.
 */
import { t, type Message } from '../i18n';
import { CODE_TITLES } from '../i18n/messages/codes';
import { LINUX_CODE_TITLES } from '../i18n/messages/codes-linux';
import type { ComponentId, Severity } from './types';
import { LINUX_CODES } from './linux/codes';
import { SESSION_CODES } from './codes-session';
import { SESSION_CODE_TITLES } from '../i18n/messages/codes-session';

export interface CodeInfo {
  component: ComponentId;
  severity: Severity;
  title: string;
}

interface CodeEntry {
  component: ComponentId;
  severity: Severity;
}

/** @internal exported for its unit test only (knip --production ignores it; issue 17 item 5: to be tested through the public surface) */
export const CODES = {
  'vscode-translated': { component: 'vscode', severity: 'error' },
  'shell-translated': { component: 'shell', severity: 'error' },
  'shell-goarch-exported': { component: 'shell', severity: 'warning' },
  'go-not-found': { component: 'go', severity: 'error' },
  'go-arch-mismatch': { component: 'go', severity: 'error' },
  'go-too-old': { component: 'go', severity: 'error' },
  'dlv-not-found': { component: 'dlv', severity: 'error' },
  'dlv-arch-mismatch': { component: 'dlv', severity: 'error' },
  'dlv-translated': { component: 'dlv', severity: 'error' },
  'dlv-bad-cpu': { component: 'dlv', severity: 'error' },
  'dlv-too-old': { component: 'dlv', severity: 'error' },
  'dlv-no-arm64-support': { component: 'dlv', severity: 'error' },
  'debugserver-not-found': { component: 'debugserver', severity: 'error' },
  'debugserver-path-invalid': { component: 'settings', severity: 'error' },
  'debugserver-arch-mismatch': { component: 'debugserver', severity: 'error' },
  'debugserver-translated': { component: 'debugserver', severity: 'error' },
  'debugserver-stub-exited': { component: 'debugserver', severity: 'error' },
  'debugserver-broken': { component: 'debugserver', severity: 'error' },
  'lldb-server-stub-exited': { component: 'lldb-server', severity: 'error' },
  'lldb-server-not-found': { component: 'lldb-server', severity: 'error' },
  'liblldb-arch-mismatch': { component: 'liblldb', severity: 'warning' },
  'liblldb-dependency-missing': { component: 'liblldb', severity: 'warning' },
  'liblldb-dependency-arch': { component: 'liblldb', severity: 'warning' },
  'liblldb-mixed': { component: 'liblldb', severity: 'info' },
  'liblldb-unreferenced': { component: 'liblldb', severity: 'info' },
  'liblldb-stale-path': { component: 'settings', severity: 'warning' },
  'liblldb-not-found': { component: 'liblldb', severity: 'info' },
  'target-arch-mismatch': { component: 'target', severity: 'error' },
  'target-not-executable': { component: 'target', severity: 'error' },
  'target-no-debug-info': { component: 'target', severity: 'error' },
  'target-optimized': { component: 'target', severity: 'warning' },
  'target-trimpath': { component: 'target', severity: 'warning' },
  'build-failed': { component: 'target', severity: 'error' },
  'launch-unknown-attribute': { component: 'launch', severity: 'warning' },
  'launch-native-backend': { component: 'launch', severity: 'error' },
  'launch-unknown-backend': { component: 'launch', severity: 'error' },
  'launch-goarch-override': { component: 'launch', severity: 'error' },
  'settings-goarch-override': { component: 'settings', severity: 'error' },
  'launch-goos-override': { component: 'launch', severity: 'error' },
  'settings-goos-override': { component: 'settings', severity: 'error' },
  'settings-alternate-dlv-invalid': { component: 'settings', severity: 'error' },
  'developer-mode-off': { component: 'permissions', severity: 'warning' },
  'task-for-pid-denied': { component: 'permissions', severity: 'error' },
  'launch-failed': { component: 'dlv', severity: 'error' },
  'attach-failed': { component: 'dlv', severity: 'error' },
  'dlv-start-failed': { component: 'dlv', severity: 'error' },
  'dlv-exited': { component: 'dlv', severity: 'error' },
  'dlv-not-executable': { component: 'dlv', severity: 'error' },
  'not-macos': { component: 'host', severity: 'info' },
  'launch-program-missing': { component: 'launch', severity: 'error' },
  'launch-program-attribute-missing': { component: 'launch', severity: 'error' },
  'launch-mode-unsupported': { component: 'launch', severity: 'error' },
  'launch-attribute-missing': { component: 'launch', severity: 'error' },
  'launch-attribute-invalid': { component: 'launch', severity: 'error' },
  'launch-cwd-missing': { component: 'launch', severity: 'error' },
  'launch-core-missing': { component: 'launch', severity: 'error' },
  'launch-rr-missing': { component: 'launch', severity: 'error' },
  'attach-process-missing': { component: 'launch', severity: 'error' },
  'attach-permission-denied': { component: 'permissions', severity: 'error' },
  'attach-remote-no-target': { component: 'launch', severity: 'error' },
  'remote-not-checked': { component: 'launch', severity: 'info' },
  'go-build-differs': { component: 'go', severity: 'warning' },
  'go-too-old-for-xcode': { component: 'go', severity: 'error' },
  'dlv-missing-lc-uuid': { component: 'dlv', severity: 'error' },
  'dlv-too-old-for-macos': { component: 'dlv', severity: 'error' },
  'dlv-dwarf5-macos-panic': { component: 'dlv', severity: 'error' },
  'target-missing-lc-uuid': { component: 'target', severity: 'error' },
  'build-cgo-arch-mismatch': { component: 'target', severity: 'error' },
  'lldb-server-missing': { component: 'lldb-server', severity: 'error' },
  'internal-error': { component: 'host', severity: 'error' },
  ...LINUX_CODES,
  ...SESSION_CODES,
} as const satisfies Record<string, CodeEntry>;

export type FindingCode = keyof typeof CODES;

/** The title of a code as a catalogue message. */
const TITLES: Partial<Record<FindingCode, Message>> = { ...CODE_TITLES, ...LINUX_CODE_TITLES, ...SESSION_CODE_TITLES };

function codeTitle(code: FindingCode): Message | undefined {
  return TITLES[code];
}

export function codeInfo(code: FindingCode): CodeInfo {
  const e: CodeEntry = CODES[code];
  const m = codeTitle(code);
  return { component: e.component, severity: e.severity, title: m ? t(m) : code };
}
