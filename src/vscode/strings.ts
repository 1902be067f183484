/**
 * Every user-facing string of the VS Code layer, through vscode.l10n (bundles in l10n/). Keep each message a
 * literal in its own `l10n.t` call so that `l10n/bundle.l10n.json` can be checked against this file.
 */
import * as vscode from 'vscode';

const t = vscode.l10n.t;

export const S = {
  activationFailed: (e: string) => t('Go LLDB Doctor could not start: {0}', e),
  showLog: () => t('Show Log'),
  showReport: () => t('Show Report'),
  debugAnyway: () => t('Debug Anyway'),
  diagnosing: () => t('Diagnosing the Go debug chain…'),
  diagnoseFailed: (e: string) => t('The diagnosis failed: {0}', e),
  preflightModal: (title: string) => t('Go debugging is likely to fail: {0}', title),
  preflightModalDetail: (n: number) => t('{0} problem(s) found before starting Delve.', n),
  launchFailed: (title: string) => t('Go debugging failed: {0}', title),
  explainPrompt: () => t('Paste the error from the Debug Console'),
  explainPlaceholder: () => t('could not launch process: …'),
  explainNothing: () => t('No known cause matches this text.'),
  copied: (what: string) => t('Report copied as {0}.', what),
  snapshotSaved: (dir: string) => t('Snapshot written to {0}.', dir),
  snapshotPick: () => t('Choose an empty folder for the snapshot'),
  snapshotFailed: (e: string) => t('Could not write the snapshot: {0}', e),
  fixApplied: (title: string) => t('Applied: {0}', title),
  fixFailed: (title: string, why: string) => t('Could not apply "{0}": {1}', title, why),
  fixLaunchSyntax: () => t('launch.json has syntax errors; fix them first, it will not be rewritten.'),
  fixNoLaunchJson: () => t('no .vscode/launch.json in this folder'),
  fixNoConfig: () => t('the launch configuration is no longer in launch.json'),
  fixNoSetting: () => t('the setting is not set in any settings file'),
  fixCannotApply: (why: string) => t('Cannot apply: {0}', why),
  terminalName: () => t('Go LLDB Doctor'),
  untrustedSkipped: (what: string) => t('Not executed (untrusted workspace): {0}', what),
  // status bar
  statusName: () => t('Go LLDB Doctor'),
  statusIdle: () => t('LLDB'),
  statusTooltipIdle: () => t('Go LLDB Doctor: no diagnosis yet. Click to diagnose.'),
  statusTooltipTitle: (verdict: string) => t('Go LLDB Doctor: {0}', verdict),
  statusTooltipHost: (platform: string, arch: string) => t('Host: {0} {1}', platform, arch),
  statusTooltipClick: () => t('Click to open the report.'),
  verdictOk: () => t('no problem found'),
  verdictWarning: () => t('warnings'),
  verdictError: () => t('errors'),
  // status bar, for screen readers (plain sentences: no Markdown, no symbols)
  statusA11yMismatch: (lldb: string, mac: string, verdict: string) => t('Go LLDB Doctor: LLDB {0} does not match the Mac ({1}), {2}', lldb, mac, verdict),
  statusA11yMatch: (lldb: string, verdict: string) => t('Go LLDB Doctor: LLDB {0}, {1}', lldb, verdict),
  statusA11yUnknown: (verdict: string) => t('Go LLDB Doctor: LLDB architecture unknown, {0}', verdict),
  verdictWarningFound: () => t('warnings found'),
  verdictErrorFound: () => t('errors found'),
  translated: () => t('under Rosetta'),
  unknown: () => t('unknown'),
  // panel
  panelTitle: () => t('Go LLDB Doctor'),
};

/** The strings the webview shows, sent with each report (the webview has no l10n of its own). */
export function panelStrings(): Record<string, string> {
  return {
    host: t('Host'),
    components: t('Components'),
    findings: t('Findings'),
    noFindings: t('No problem found.'),
    evidence: t('Evidence'),
    fixes: t('Fixes'),
    openTerminal: t('Open in Terminal'),
    rerun: t('Re-run'),
    copyMarkdown: t('Copy as Markdown'),
    copyJson: t('Copy as JSON'),
    exportSnapshot: t('Export Snapshot'),
    running: t('Diagnosing…'),
    path: t('Path'),
    archs: t('Slices'),
    status: t('Status'),
    seeInTerminal: t('See the same in a terminal'),
    platform: t('Platform'),
    hardware: t('Hardware'),
    process: t('Process'),
    translatedLabel: t('Rosetta'),
    osVersion: t('macOS'),
    yes: t('yes'),
    no: t('no'),
    untrusted: t('Restricted mode: this workspace is not trusted.'),
    snapshot: t('Replayed snapshot'),
    configuration: t('Configuration'),
    verdict_ok: t('No problem found'),
    verdict_warning: t('Warnings found'),
    verdict_error: t('Debugging will fail'),
    severity_error: t('Error'),
    severity_warning: t('Warning'),
    severity_info: t('Info'),
    manual: t('Manual step'),
    notApplicable: t('Cannot be applied from here'),
  };
}
