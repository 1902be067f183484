/** The Linux rules (dev containers, Linux VMs, remotes): Machine -> Finding[], run instead of the macOS ones on Linux. */
import type { Rule } from '../finding';
import { dwarf5OldDlv } from './dwarf5';
import { linuxEmulated } from './emulation';
import { linuxPtraceScope, linuxSeccomp } from './ptrace';

export const LINUX_RULES: readonly Rule[] = [linuxEmulated, linuxSeccomp, linuxPtraceScope, dwarf5OldDlv];
