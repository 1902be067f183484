/** Finding codes of the Linux side (dev containers, Linux VMs, remotes), merged into the one catalogue in codes.ts. */
export const LINUX_CODES = {
  // One code for every emulator, so that what the preflight saw (maybe not which emulator) and what Delve said
  // (which one) merge into one finding; the title names the emulator when known.
  'linux-emulated': { component: 'host', severity: 'error', title: 'The container is for another CPU than the kernel (emulated)' },
  'linux-ptrace-blocked': { component: 'permissions', severity: 'error', title: 'Seccomp or a missing SYS_PTRACE blocks Delve' },
  'linux-ptrace-scope': { component: 'permissions', severity: 'warning', title: 'Yama ptrace_scope blocks attaching' },
  'dlv-dwarf5-old-go': { component: 'dlv', severity: 'error', title: 'dlv is built with Go < 1.25 and cannot read DWARF 5' },
} as const;
