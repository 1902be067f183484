/**
 * Every /proc and /sys path the Linux probes read, in one list (docs/SNAPSHOT.md, Linux section; the live qemu
 * test hands it to a probe running inside the emulated process). `<ppid>` stands for the parent's PID, read
 * from /proc/self/status.
 */
export const KERNEL_ARCH = '/proc/sys/kernel/arch';
export const MIDR_EL1 = '/sys/devices/system/cpu/cpu0/regs/identification/midr_el1';
export const SELF_STATUS = '/proc/self/status';
export const PTRACE_SCOPE = '/proc/sys/kernel/yama/ptrace_scope';
/** The kernel release: Docker's default seccomp profile allows ptrace from 4.8 (moby#38137). */
export const OSRELEASE = '/proc/sys/kernel/osrelease';
export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
export const CONTAINER_FILES = ['/.dockerenv', '/run/.containerenv'];

export const LINUX_PROBE_PATHS = {
  /** Read as text. */
  files: [KERNEL_ARCH, SELF_STATUS, PTRACE_SCOPE, OSRELEASE],
  /** Only whether they exist. */
  exists: [MIDR_EL1, ...CONTAINER_FILES],
  /** readlink. */
  links: ['/proc/1/exe', '/proc/thread-self/exe', '/proc/<ppid>/exe'],
  /** Listed, and the entries named like an emulator (qemu-*, rosetta, FEX-*) read as text. */
  dirs: [BINFMT_DIR],
} as const;
