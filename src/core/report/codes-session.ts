/**
 * Finding codes seen only after F5, in what Delve or vscode-go said during a session (issue 20 items 8-10), merged
 * into the one catalogue in codes.ts. Kept apart so that the codes of the preflight stay in their own files.
 */
export const SESSION_CODES = {
  // debugger_linux.go:52 (Delve >= 1.26.1): the process has a TracerPid already.
  'attach-already-traced': { component: 'target', severity: 'error' },
  // vscode-go's 1000 ms connect to dlv's port (goDebugFactory.ts:392-403), to a remote host/port or the dlv it spawned.
  'dlv-connect-timeout': { component: 'dlv', severity: 'error' },
  // The extension host's event loop was blocked >= 1 s while vscode-go connected: its timer fired before the connect.
  'extension-host-busy': { component: 'vscode', severity: 'error' },
  // setBreakpoints answered unverified: Delve cannot map the workspace's file to the binary's (remote, container, trimpath).
  'breakpoints-path-mismatch': { component: 'launch', severity: 'warning' },
} as const;
