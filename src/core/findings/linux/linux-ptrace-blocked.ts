/**
 * linux-ptrace-blocked: a seccomp filter, a kernel before 4.8 and no CAP_SYS_PTRACE (research/field-2026.md §3;
 * moby profiles/seccomp/default.json and moby#38137: Docker's default profile allows ptrace on kernels ≥ 4.8, before
 * only with CAP_SYS_PTRACE). Not under emulation: there the emulator is the cause. After F5: Delve's
 * "fork/exec …: operation not permitted".
 */
import { messages, t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import { seccompRefusesPtrace } from '../../probe/linux/ptrace';
import { isEmulated } from '../emulated';
import { ptraceFixes, rebuildStep, statusEvidence } from '../containerFixes';
import { defineFinding } from '../define';

const L = messages({
  seccomp: {
    en: 'This process runs under a seccomp filter (Seccomp: 2) without CAP_SYS_PTRACE on kernel {release}. Before Linux 4.8 Docker\'s default seccomp profile allows ptrace only with CAP_SYS_PTRACE (moby#38137), so Delve\'s launch fails with "fork/exec …: operation not permitted".',
    zh: '此进程在内核 {release} 上以 seccomp 过滤器（Seccomp: 2）运行，且没有 CAP_SYS_PTRACE。在 Linux 4.8 之前，Docker 默认的 seccomp 配置只在有 CAP_SYS_PTRACE 时才允许 ptrace（moby#38137），因此 Delve 的启动以 "fork/exec …: operation not permitted" 失败。',
  },
  text: {
    en: 'The kernel refused Delve\'s ptrace of the new process ("operation not permitted"): Yama\'s ptrace_scope (2 without CAP_SYS_PTRACE, or 3), or a container\'s seccomp profile on a kernel before 4.8 without SYS_PTRACE. Check /proc/sys/kernel/yama/ptrace_scope; Delve\'s FAQ for containers: --cap-add=SYS_PTRACE (as root) and --security-opt=seccomp=unconfined.',
    zh: '内核拒绝了 Delve 对新进程的 ptrace（"operation not permitted"）：原因是 Yama 的 ptrace_scope（为 2 且没有 CAP_SYS_PTRACE，或为 3），或者在 4.8 之前的内核上容器的 seccomp 配置且没有 SYS_PTRACE。请检查 /proc/sys/kernel/yama/ptrace_scope；Delve 针对容器的 FAQ：--cap-add=SYS_PTRACE（以 root 运行）和 --security-opt=seccomp=unconfined。',
  },
  evContainer: { en: 'container: {marker}', zh: '容器：{marker}' },
});

export default defineFinding({
  code: 'linux-ptrace-blocked',
  component: 'permissions',
  severity: 'error',
  title: { en: 'Seccomp or a missing SYS_PTRACE blocks Delve', zh: 'Seccomp 或缺少 SYS_PTRACE 阻止了 Delve' },
  texts: L,
  linux: ({ linux: l }, make) => {
    if (!l || l.seccomp !== 2 || l.capSysPtrace !== false || isEmulated(l) || !seccompRefusesPtrace(l)) return [];
    const fixes = [...ptraceFixes(l.devcontainer, true)];
    if (fixes.some((f) => f.kind === 'edit')) fixes.push(rebuildStep());
    const evidence = [statusEvidence(l), `/proc/sys/kernel/osrelease: ${l.kernelRelease ?? '?'}`, ...l.container.map((c) => t(L.evContainer, { marker: c }))];
    return [make({ severity: 'warning', detail: t(L.seccomp, { release: l.kernelRelease ?? '?' }), evidence, fixes })];
  },
  dap: [
    {
      // Linear time (issue 16 item 6): the path is scanned only up to the next `fork/exec`.
      re: /fork\/exec \S(?:(?!fork\/exec)[^\n])*?: operation not permitted/gi,
      build: (_m, line, _r, make) => make({
        detail: t(L.text),
        evidence: [line],
        fixes: [
          { kind: 'manual', title: t(LINUX.fixCapAdd) },
          { kind: 'manual', title: t(LINUX.fixSeccomp) },
          rebuildStep(),
        ],
      }),
    },
  ],
});
