/**
 * The Linux rules (dev containers, Linux VMs, remotes): LinuxMachine -> Finding[], run instead of the macOS ones on Linux.
 * The rules written as finding modules come from the registry (src/core/findings/registry.ts).
 */
import type { LinuxRule } from '../../findings/define';
import { moduleChecks } from '../../findings/registry';

export const LINUX_RULES: readonly LinuxRule[] = moduleChecks('linux');
