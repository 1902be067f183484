/**
 * The evidence and fixes of the text rules about the dlv vscode-go starts (dlv-not-found, dlv-not-executable,
 * dlv-translated, dlv-bad-cpu): worded once. The other fixes are in ./fixes.ts, the CPU in words in ./hardware.ts.
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import type { Fix } from '../report/types';
import type { TextContext } from './define';
import { installDlv } from './fixes';
import { EVIDENCE as EV } from '../i18n/messages/evidence';

/** The dlv the launch named, for evidence. */
export function dlvEvidence(r: Pick<TextContext, 'launch'>): string[] {
  return r.launch.dlvToolPath ? [t(EV.dlvPath, { path: r.launch.dlvToolPath })] : [];
}

/** vscode-go's ways to (re)install dlv (dlv-not-found, dlv-not-executable). */
export const installDlvFixes = (): Fix[] => [
  installDlv(t(V.installDlv)),
  { kind: 'manual', title: t(V.installTools) },
  { kind: 'manual', title: t(V.setAlternate) },
];
