/**
 * The fixes the classifier offers, worded once. Order matters: Rosetta problems get the maintainers' order
 * (GROUND_TRUTH §3): arm64 VS Code, then an arm64 Go and a reinstalled dlv, then go.alternateTools.dlv.
 * Never offered, because they make things worse or do nothing: GOARCH=amd64 on Apple Silicon,
 * `arch -x86_64 dlv`, the non-existent `dlvArgs` attribute.
 */
import type { CommandFix, EditFix, Fix, ManualFix } from '../report/types';

const INSTALL_DLV = 'go install github.com/go-delve/delve/cmd/dlv@latest';

export const arm64VsCode = (): ManualFix => ({
  kind: 'manual',
  title: 'Install the Apple Silicon (arm64) or Universal build of VS Code',
  detail:
    'Code > About shows the build. An Intel VS Code runs under Rosetta and its children (dlv, debugserver) start as x86_64. Download the Apple Silicon or Universal build from https://code.visualstudio.com/download, quit the Intel one and replace it.',
});

export const arm64Go = (): ManualFix => ({
  kind: 'manual',
  title: 'Install the darwin/arm64 Go toolchain',
  detail: '`go version` must end in darwin/arm64. Remove an Intel Go (for example /usr/local/go from an amd64 package, or Homebrew under /usr/local) so that it is not found first.',
});

export const reinstallDlv = (title = 'Reinstall dlv with that Go'): CommandFix => ({ kind: 'command', title, command: INSTALL_DLV });

export const alternateDlv = (): ManualFix => ({
  kind: 'manual',
  title: 'Point go.alternateTools.dlv at an arm64 dlv',
  detail: 'In settings.json, "go.alternateTools": { "dlv": "/absolute/path/to/arm64/dlv" }, or at a wrapper script that runs: exec /usr/bin/arch -arch arm64 /absolute/path/to/dlv "$@"',
});

/** The maintainers' fixes for anything that runs translated, in their order. */
export const rosettaFixes = (): Fix[] => [arm64VsCode(), arm64Go(), reinstallDlv(), alternateDlv()];

export const xcodeSelectInstall = (): CommandFix => ({
  kind: 'command',
  title: 'Install the Xcode Command Line Tools (they ship debugserver)',
  command: 'xcode-select --install',
});

export const devToolsSecurity = (): CommandFix => ({ kind: 'command', title: 'Enable developer mode', command: 'sudo DevToolsSecurity -enable' });

export const developerGroup = (): CommandFix => ({
  kind: 'command',
  title: 'Add your user to the _developer group',
  command: 'sudo dseditgroup -o edit -a "$USER" -t user _developer',
});

export const permissionFixes = (): Fix[] => [devToolsSecurity(), developerGroup(), xcodeSelectInstall()];

export const updateDlv = (): CommandFix => reinstallDlv('Update Delve');

export const whichCpu = (): CommandFix => ({
  kind: 'command',
  title: 'Find out which CPU this Mac has (prints 1 on Apple Silicon, nothing on Intel)',
  command: 'sysctl -in hw.optional.arm64',
});

export const updateGo = (): ManualFix => ({ kind: 'manual', title: 'Install a newer Go (https://go.dev/dl/), then reinstall dlv with it' });

/** Remove a launch.json attribute: an edit when the configuration index is known, else told by hand. */
export function removeLaunchAttribute(index: number | undefined, key: string, shown: string): EditFix | ManualFix {
  if (index === undefined) return { kind: 'manual', title: `Remove ${shown} from the configuration in .vscode/launch.json` };
  return { kind: 'edit', title: `Remove ${shown} from launch.json`, edit: { file: 'launch.json', path: ['configurations', index, key], remove: true } };
}

/** Off macOS (the platform is known and not darwin) the macOS permission fixes do not apply. */
export const offMac = (platform: string | undefined): boolean => platform !== undefined && platform !== 'darwin';

export const ptraceFix = (): ManualFix => ({
  kind: 'manual',
  title: 'Allow attaching with ptrace',
  detail: '/proc/sys/kernel/yama/ptrace_scope must be 0 to attach to a process you did not start (or run dlv as root, "asRoot": true).',
});

/** A fix that installs Go or (re)installs dlv: pointless when the preflight found both native (issue 10 item 9). */
export function isToolchainFix(f: Fix): boolean {
  const titles = new Set([arm64Go().title, reinstallDlv().title, alternateDlv().title, updateGo().title]);
  return titles.has(f.title);
}
