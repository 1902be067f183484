/**
 * The catalogue of finding codes. Rules (preflight probes) and the DAP/explain classifier share it, so that a
 * cause found before F5 and the same cause seen in Delve's error text carry one code, one component and one
 * title, and merge in one report. Add codes here; never change what an existing code means.
 */
import type { ComponentId, Severity } from './types';
import { LINUX_CODES } from './codes-linux';

export interface CodeInfo {
  component: ComponentId;
  severity: Severity;
  title: string;
}

export const CODES = {
  // VS Code / the probing process / the shell
  'vscode-translated': { component: 'vscode', severity: 'error', title: 'VS Code runs under Rosetta' },
  'shell-translated': { component: 'shell', severity: 'error', title: 'The terminal or shell runs under Rosetta' },
  'shell-goarch-exported': { component: 'shell', severity: 'warning', title: 'GOARCH is exported in the environment' },
  // Go toolchain
  'go-not-found': { component: 'go', severity: 'error', title: 'No Go toolchain found' },
  'go-arch-mismatch': { component: 'go', severity: 'error', title: 'The Go toolchain is built for the other CPU' },
  'go-too-old': { component: 'go', severity: 'error', title: 'Go is too old for this Delve' },
  // dlv
  'dlv-not-found': { component: 'dlv', severity: 'error', title: 'Delve (dlv) not found' },
  'dlv-arch-mismatch': { component: 'dlv', severity: 'error', title: 'dlv is built for the other CPU' },
  'dlv-translated': { component: 'dlv', severity: 'error', title: 'dlv runs under Rosetta' },
  'dlv-bad-cpu': { component: 'dlv', severity: 'error', title: 'dlv cannot run on this CPU' },
  'dlv-too-old': { component: 'dlv', severity: 'error', title: 'Delve is too old for this Go version' },
  'dlv-no-arm64-support': { component: 'dlv', severity: 'error', title: 'Delve predates Apple Silicon support' },
  // debugserver / lldb-server
  'debugserver-not-found': { component: 'debugserver', severity: 'error', title: 'No debugserver: Command Line Tools missing' },
  'debugserver-path-invalid': { component: 'settings', severity: 'error', title: 'DELVE_DEBUGSERVER_PATH points nowhere' },
  'debugserver-arch-mismatch': { component: 'debugserver', severity: 'error', title: 'debugserver has no slice for this CPU' },
  'debugserver-translated': { component: 'debugserver', severity: 'error', title: 'debugserver runs under Rosetta' },
  'debugserver-stub-exited': { component: 'debugserver', severity: 'error', title: 'debugserver exited before Delve could connect' },
  'debugserver-broken': { component: 'debugserver', severity: 'error', title: 'debugserver closed the connection (EOF)' },
  'lldb-server-stub-exited': { component: 'lldb-server', severity: 'error', title: 'lldb-server exited before Delve could connect' },
  'lldb-server-not-found': { component: 'lldb-server', severity: 'error', title: 'Delve is too old and looks only for lldb-server' },
  // liblldb / LLDB.framework
  'liblldb-arch-mismatch': { component: 'liblldb', severity: 'warning', title: 'liblldb.dylib has no slice for this CPU' },
  'liblldb-dependency-missing': { component: 'liblldb', severity: 'warning', title: 'A dependency of LLDB cannot be found' },
  'liblldb-dependency-arch': { component: 'liblldb', severity: 'warning', title: 'A dependency of LLDB is built for the other CPU' },
  'liblldb-mixed': { component: 'liblldb', severity: 'info', title: 'Homebrew LLVM and the system LLDB are both present' },
  'liblldb-unreferenced': { component: 'liblldb', severity: 'info', title: 'A Homebrew LLDB that nothing uses' },
  'liblldb-stale-path': { component: 'settings', severity: 'warning', title: 'An LLDB path in settings points nowhere' },
  'liblldb-not-found': { component: 'liblldb', severity: 'info', title: 'No LLDB.framework or liblldb.dylib found' },
  // the debug target
  'target-arch-mismatch': { component: 'target', severity: 'error', title: 'The program is built for the other CPU' },
  'target-not-executable': { component: 'target', severity: 'error', title: 'The program is not an executable for this Mac' },
  'target-no-debug-info': { component: 'target', severity: 'error', title: 'The program has no debug information Delve can read' },
  'build-failed': { component: 'target', severity: 'error', title: 'The program did not build' },
  // launch.json and settings values that are wrong in themselves
  'launch-unknown-attribute': { component: 'launch', severity: 'warning', title: 'launch.json attribute that does not exist' },
  'launch-native-backend': { component: 'launch', severity: 'error', title: 'backend "native" does not exist in Delve builds for macOS' },
  'launch-unknown-backend': { component: 'launch', severity: 'error', title: 'Unknown Delve backend' },
  'launch-goarch-override': { component: 'launch', severity: 'error', title: 'launch.json sets GOARCH to the other CPU' },
  'settings-goarch-override': { component: 'settings', severity: 'error', title: 'go.toolsEnvVars sets GOARCH to the other CPU' },
  'launch-goos-override': { component: 'launch', severity: 'error', title: 'launch.json sets GOOS to another system' },
  'settings-goos-override': { component: 'settings', severity: 'error', title: 'go.toolsEnvVars sets GOOS to another system' },
  'settings-alternate-dlv-invalid': { component: 'settings', severity: 'error', title: 'go.alternateTools.dlv points nowhere' },
  // permissions
  'developer-mode-off': { component: 'permissions', severity: 'warning', title: 'Developer mode is off' },
  'task-for-pid-denied': { component: 'permissions', severity: 'error', title: 'macOS refused debugserver access to the process' },
  // the DAP watch, when nothing more precise fits
  'launch-failed': { component: 'dlv', severity: 'error', title: 'Delve could not launch the program' },
  'attach-failed': { component: 'dlv', severity: 'error', title: 'Delve could not attach to the process' },
  'dlv-start-failed': { component: 'dlv', severity: 'error', title: 'VS Code could not start dlv dap' },
  'dlv-exited': { component: 'dlv', severity: 'error', title: 'dlv dap exited with an error' },
  'dlv-not-executable': { component: 'dlv', severity: 'error', title: 'dlv is not executable' },
  'not-macos': { component: 'host', severity: 'info', title: 'This machine is not a Mac' },
  ...LINUX_CODES,
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof CODES;

export function codeInfo(code: FindingCode): CodeInfo {
  return CODES[code];
}
