/** The Linux rules (dev containers, Linux VMs, remotes): Machine -> Finding[], run instead of the macOS ones on Linux. */
import type { LinuxRule } from '../finding';
import { dwarf5OldDlv } from '../dwarf5';
import { noDebugInfo, optimizedCode, trimpath } from '../debugInfo';
import { linuxEmulated } from './emulation';
import { linuxGoarch } from './goarch';
import { linuxPtraceScope, linuxSeccomp } from './ptrace';

export const LINUX_RULES: readonly LinuxRule[] = [linuxEmulated, linuxGoarch, linuxSeccomp, linuxPtraceScope, dwarf5OldDlv, noDebugInfo, optimizedCode, trimpath];
