/**
 * The fixes the classifier offers, worded once. Order matters: Rosetta problems get the maintainers' order
 * (GROUND_TRUTH §3): arm64 VS Code, then an arm64 Go and a reinstalled dlv, then go.alternateTools.dlv.
 * Never offered, because they make things worse or do nothing: GOARCH=amd64 on Apple Silicon,
 * `arch -x86_64 dlv`, the non-existent `dlvArgs` attribute.
 */
import type { CommandFix, Fix, ManualFix } from '../report/types';
import { t } from '../i18n';
import { DAP_FIXES as F } from '../i18n/messages/dap-fixes';
import { DAP_DELVE } from '../i18n/messages/dap-delve';
import { installDlvCommand } from '../delve/install';

export { permissionFixes, ptraceFix, removeLaunchAttribute, updateDlv, updateGo, xcodeSelectInstall } from '../findings/fixes';

const arm64VsCode = (): ManualFix => ({
  kind: 'manual',
  title: t(F.arm64VsCodeTitle),
  detail: t(DAP_DELVE.arm64VsCodeDetail),
});

export const arm64Go = (): ManualFix => ({
  kind: 'manual',
  title: t(F.arm64GoTitle),
  detail: t(F.arm64GoDetail),
});

export const reinstallDlv = (title = t(F.reinstallDlvTitle)): CommandFix => ({ kind: 'command', title, command: installDlvCommand() });

export const alternateDlv = (): ManualFix => ({
  kind: 'manual',
  title: t(F.alternateDlvTitle),
  detail: t(F.alternateDlvDetail),
});

/** The maintainers' fixes for anything that runs translated, in their order. */
export const rosettaFixes = (): Fix[] => [arm64VsCode(), arm64Go(), reinstallDlv(), alternateDlv()];


export const whichCpu = (): CommandFix => ({
  kind: 'command',
  title: t(F.whichCpuTitle),
  command: 'sysctl -in hw.optional.arm64',
});


/** Off macOS (the platform is known and not darwin) the macOS permission fixes do not apply: platforms.ts says. */
export { offMac } from '../platforms';

