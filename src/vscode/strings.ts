/**
 * The VS Code layer's user-facing strings, formatted from the one message catalogue (src/core/i18n/messages/
 * vscode.ts) in the language `setLang` chose at activation (vscode.env.language). package.json's own texts stay
 * in package.nls*.json, which VS Code itself requires.
 */
import { t } from '../core/i18n';
import { VS } from '../core/i18n/messages/vscode';
import { SELFTEST } from '../core/i18n/messages/selftest';

export const S = {
  activationFailed: (e: string) => t(VS.activationFailed, { e }),
  engineLoadFailed: (e: string) => t(VS.engineLoadFailed, { e }),
  showLog: () => t(VS.showLog),
  showReport: () => t(VS.showReport),
  selftestOffer: () => t(SELFTEST.offer),
  debugAnyway: () => t(VS.debugAnyway),
  diagnosing: () => t(VS.diagnosing),
  diagnoseFailed: (e: string) => t(VS.diagnoseFailed, { e }),
  preflightModalDetail: (counts: string) => t(VS.preflightModalDetail, { counts }),
  launchWillFail: (cause: string) => t(VS.launchWillFail, { cause }),
  launchFailed: (title: string) => t(VS.launchFailed, { title }),
  explainPrompt: () => t(VS.explainPrompt),
  explainPlaceholder: () => t(VS.explainPlaceholder),
  explainNothing: () => t(VS.explainNothing),
  copied: (what: string) => t(VS.copied, { what }),
  snapshotSaved: (dir: string) => t(VS.snapshotSaved, { dir }),
  snapshotPick: () => t(VS.snapshotPick),
  snapshotFailed: (e: string) => t(VS.snapshotFailed, { e }),
  fixApplied: (title: string) => t(VS.fixApplied, { title }),
  fixFailed: (title: string, why: string) => t(VS.fixFailed, { title, why }),
  fixLaunchSyntax: () => t(VS.fixLaunchSyntax),
  fixNoLaunchJson: () => t(VS.fixNoLaunchJson),
  fixNoConfig: () => t(VS.fixNoConfig),
  fixNoSetting: () => t(VS.fixNoSetting),
  fixCannotApply: (why: string) => t(VS.fixCannotApply, { why }),
  terminalName: () => t(VS.name),
  untrustedSkipped: (what: string) => t(VS.untrustedSkipped, { what }),
  // status bar
  statusName: () => t(VS.name),
  statusIdle: () => t(VS.statusIdle),
  statusTooltipIdle: () => t(VS.statusTooltipIdle),
  statusTooltipTitle: (verdict: string) => t(VS.statusTooltipTitle, { verdict }),
  statusTooltipHost: (platform: string, arch: string) => t(VS.statusTooltipHost, { platform, arch }),
  statusTooltipClick: () => t(VS.statusTooltipClick),
  verdictOk: () => t(VS.verdictOk),
  verdictWarning: () => t(VS.verdictWarning),
  verdictError: () => t(VS.verdictError),
  /** For screen readers: one plain sentence, no Markdown, no symbols. */
  statusA11y: (what: string, verdict: string) => t(VS.statusA11y, { what, verdict }),
  statusLldbMismatch: (lldb: string, mac: string) => t(VS.statusLldbMismatch, { lldb, mac }),
  statusLldbUnknown: () => t(VS.statusLldbUnknown),
  verdictWarningFound: () => t(VS.verdictWarningFound),
  verdictErrorFound: () => t(VS.verdictErrorFound),
  statusTooltipTranslated: (arch: string) => t(VS.statusTooltipTranslated, { arch }),
  unknown: () => t(VS.unknown),
  // diagnostics
  relatedFollows: (title: string) => t(VS.relatedFollows, { title }),
  // settings in a remote window
  remoteSettingIgnored: (setting: string, remote: string) => t(VS.remoteSettingIgnored, { setting, remote }),
  openRemoteSettings: () => t(VS.openRemoteSettings),
  // panel
  panelTitle: () => t(VS.name),
};
