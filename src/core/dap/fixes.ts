/**
 * The fixes the classifier offers, worded once (the ones finding modules offer too are in
 * ../findings/textFixes.ts, re-exported here).
 */
import type { EditFix, ManualFix } from '../report/types';
import { t } from '../i18n';
import { DAP_FIXES as F } from '../i18n/messages/dap-fixes';

export { updateDlv, updateGo } from '../findings/fixes';
export { rosettaFixes, xcodeSelectInstall, permissionFixes, whichCpu, ptraceFix } from '../findings/textFixes';

/** Remove a launch.json attribute: an edit when the configuration index is known, else told by hand. */
export function removeLaunchAttribute(index: number | undefined, key: string, shown: string): EditFix | ManualFix {
  if (index === undefined) return { kind: 'manual', title: t(F.removeByHand, { shown }) };
  return { kind: 'edit', title: t(F.removeEdit, { shown }), edit: { file: 'launch.json', path: ['configurations', index, key], remove: true } };
}

/** Off macOS (the platform is known and not darwin) the macOS permission fixes do not apply: platforms.ts says. */
export { offMac } from '../platforms';
