/** The finding modules of Linux (dev containers, Linux VMs, remotes), in rule order. */
import LINUX_EMULATED from './linux-emulated';
import LINUX_GOARCH_OVERRIDE from './linux-goarch-override';
import LINUX_PTRACE_BLOCKED from './linux-ptrace-blocked';
import LINUX_PTRACE_SCOPE from './linux-ptrace-scope';
import ATTACH_ALREADY_TRACED from './attach-already-traced';

export const LINUX_FINDINGS = [LINUX_EMULATED, LINUX_GOARCH_OVERRIDE, LINUX_PTRACE_BLOCKED, LINUX_PTRACE_SCOPE, ATTACH_ALREADY_TRACED] as const;
