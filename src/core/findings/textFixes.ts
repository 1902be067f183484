/**
 * The fixes and evidence the text rules offer (what Delve's or vscode-go's words call for), worded once for the
 * finding modules and the rules of src/core/dap (dap/fixes.ts and dap/rule.ts re-export them). Order matters:
 * Rosetta problems get the maintainers' order (GROUND_TRUTH §3): arm64 VS Code, then an arm64 Go and a reinstalled
 * dlv, then go.alternateTools.dlv. Never offered, because they make things worse or do nothing: GOARCH=amd64 on
 * Apple Silicon, `arch -x86_64 dlv`, the non-existent `dlvArgs` attribute.
 */
import { t } from '../i18n';
import { DAP_FIXES as F } from '../i18n/messages/dap-fixes';
import { DAP_DELVE } from '../i18n/messages/dap-delve';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import { installDlvCommand } from '../delve/install';
import type { CommandFix, Fix, ManualFix } from '../report/types';
import type { TextContext } from './define';

/** Hardware as a sentence, for evidence. */
export function hwEvidence(r: Pick<TextContext, 'hw' | 'hwSource'>): string[] {
  if (r.hwSource === 'given') return [`hardware: ${r.hw}`];
  if (r.hwSource === 'inferred') return ['hardware: arm64 (Delve reported Rosetta, which exists only on Apple Silicon)'];
  return [];
}

const arm64VsCode = (): ManualFix => ({ kind: 'manual', title: t(F.arm64VsCodeTitle), detail: t(DAP_DELVE.arm64VsCodeDetail) });

export const arm64Go = (): ManualFix => ({ kind: 'manual', title: t(F.arm64GoTitle), detail: t(F.arm64GoDetail) });

export const dlvReinstall = (title = t(F.reinstallDlvTitle)): CommandFix => ({ kind: 'command', title, command: installDlvCommand() });

export const alternateDlv = (): ManualFix => ({ kind: 'manual', title: t(F.alternateDlvTitle), detail: t(F.alternateDlvDetail) });

/** The maintainers' fixes for anything that runs translated, in their order. */
export const rosettaFixes = (): Fix[] => [arm64VsCode(), arm64Go(), dlvReinstall(), alternateDlv()];

export const xcodeSelectInstall = (): CommandFix => ({ kind: 'command', title: t(F.xcodeSelectTitle), command: 'xcode-select --install' });

const devToolsSecurity = (): CommandFix => ({ kind: 'command', title: t(F.devToolsTitle), command: 'sudo DevToolsSecurity -enable' });

const developerGroup = (): CommandFix => ({ kind: 'command', title: t(F.developerGroupTitle), command: 'sudo dseditgroup -o edit -a "$USER" -t user _developer' });

export const permissionFixes = (): Fix[] => [devToolsSecurity(), developerGroup(), xcodeSelectInstall()];

export const whichCpu = (): CommandFix => ({ kind: 'command', title: t(F.whichCpuTitle), command: 'sysctl -in hw.optional.arm64' });

export const ptraceFix = (): ManualFix => ({ kind: 'manual', title: t(F.ptraceTitle), detail: t(F.ptraceDetail) });

/** The dlv the launch named, for evidence. */
export function dlvEvidence(r: Pick<TextContext, 'launch'>): string[] {
  return r.launch.dlvToolPath ? [`dlv: ${r.launch.dlvToolPath}`] : [];
}

/** vscode-go's ways to (re)install dlv (dlv-not-found, dlv-not-executable). */
export const installDlvFixes = (): Fix[] => [
  dlvReinstall(t(V.installDlv)),
  { kind: 'manual', title: t(V.installTools) },
  { kind: 'manual', title: t(V.setAlternate) },
];
