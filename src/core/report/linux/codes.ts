/** Finding codes of the Linux side (dev containers, Linux VMs, remotes), merged into the one catalogue in codes.ts. */
export const LINUX_CODES = {
  // One code for every emulator, so that what the preflight saw (maybe not which emulator) and what Delve said
  // (which one) merge into one finding; the title names the emulator when known.
  'linux-emulated': { component: 'host', severity: 'error' },
  'linux-ptrace-blocked': { component: 'permissions', severity: 'error' },
  'linux-ptrace-scope': { component: 'permissions', severity: 'warning' },
  'dlv-dwarf5-old-go': { component: 'dlv', severity: 'error' },
  // GOARCH for another CPU than the kernel's, from devcontainer.json, the launch, the settings or go env (issue 20 item 7).
  'linux-goarch-override': { component: 'settings', severity: 'error' },
} as const;
