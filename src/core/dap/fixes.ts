/**
 * The fixes the classifier offers, worded once in findings/fixes.ts (finding modules build theirs there too; the
 * text rules not yet modules take them from here).
 */
export { alternateDlv, arm64Go, installDlv as reinstallDlv, permissionFixes, ptraceFix, rosettaFixes, updateDlv, updateGo, whichCpu } from '../findings/fixes';

/** Off macOS (the platform is known and not darwin) the macOS permission fixes do not apply: platforms.ts says. */
export { offMac } from '../platforms';
