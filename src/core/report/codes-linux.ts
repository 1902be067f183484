/** Finding codes of the Linux side (dev containers, Linux VMs, remotes), merged into the one catalogue in codes.ts. */
export const LINUX_CODES = {
  'linux-emulated-qemu': { component: 'host', severity: 'error', title: 'The container runs under QEMU emulation: Delve cannot work' },
  'linux-emulated-rosetta': { component: 'host', severity: 'error', title: 'The container runs under Rosetta for Linux: breakpoints fail' },
  'linux-emulated': { component: 'host', severity: 'error', title: 'The container is for another CPU than the kernel (emulated)' },
  'linux-ptrace-blocked': { component: 'permissions', severity: 'error', title: 'Seccomp or a missing SYS_PTRACE blocks Delve' },
  'linux-ptrace-scope': { component: 'permissions', severity: 'warning', title: 'Yama ptrace_scope blocks attaching' },
  'dlv-dwarf5-old-go': { component: 'dlv', severity: 'error', title: 'dlv is built with Go < 1.25 and cannot read DWARF 5' },
} as const;
