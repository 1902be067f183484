/** Messages of the Linux ptrace rules (rules/linux/ptrace.ts): Yama's scopes as the kernel defines them. */
import { messages } from '../index';

export const LINUX_PTRACE = messages({
  titleAll: { en: 'Yama ptrace_scope blocks launching and attaching', zh: 'Yama ptrace_scope 阻止了启动和附加' },
  scope1: {
    en: 'Yama\'s ptrace_scope is 1: a process may trace only its own descendants unless it has CAP_SYS_PTRACE, and dlv has not. Attaching to a process dlv did not start fails ("could not attach to pid N: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope"); launching is not affected.',
    zh: 'Yama 的 ptrace_scope 为 1：没有 CAP_SYS_PTRACE 的进程只能跟踪自己的后代，而 dlv 没有该能力。附加到不是 dlv 启动的进程会失败（"could not attach to pid N: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope"）；启动不受影响。',
  },
  scope2: {
    en: 'Yama\'s ptrace_scope is 2 (admin-only): only a tracer with CAP_SYS_PTRACE may trace, for attach and for launch alike (the kernel refuses the new program\'s PTRACE_TRACEME when dlv lacks the capability, so the launch fails with "fork/exec …: operation not permitted"). dlv runs without CAP_SYS_PTRACE here.',
    zh: 'Yama 的 ptrace_scope 为 2（仅管理员）：只有具备 CAP_SYS_PTRACE 的跟踪者才能跟踪，附加和启动都一样（dlv 没有该能力时，内核会拒绝新程序的 PTRACE_TRACEME，启动随即以 "fork/exec …: operation not permitted" 失败）。这里的 dlv 没有 CAP_SYS_PTRACE。',
  },
  scope3: {
    en: 'Yama\'s ptrace_scope is 3: no process may trace another, not even with CAP_SYS_PTRACE, so Delve can neither launch nor attach. The kernel does not let this setting be lowered until the next boot.',
    zh: 'Yama 的 ptrace_scope 为 3：任何进程都不能跟踪其他进程，即使有 CAP_SYS_PTRACE 也不行，因此 Delve 既不能启动也不能附加。在下次启动之前，内核不允许调低此设置。',
  },
  capAddNonRoot: {
    en: 'The devcontainer.json already has capAdd SYS_PTRACE, but that reaches only root\'s effective capabilities: the container\'s user ({user}) has none, so dlv still lacks it.',
    zh: 'devcontainer.json 已有 capAdd SYS_PTRACE，但它只进入 root 的有效能力集：容器用户（{user}）没有任何能力，因此 dlv 仍然缺少它。',
  },
  fixRemoteUserRoot: { en: 'Run VS Code\'s server and dlv as root in the container ("remoteUser": "root" in devcontainer.json)', zh: '在容器中以 root 运行 VS Code 服务器和 dlv（在 devcontainer.json 中设置 "remoteUser": "root"）' },
  fixScope3: { en: 'Set kernel.yama.ptrace_scope to 1 or 0 in the host\'s or VM\'s sysctl configuration, then reboot it', zh: '在主机或虚拟机的 sysctl 配置中将 kernel.yama.ptrace_scope 设为 1 或 0，然后重启' },
  fixScope3Detail: {
    en: 'Scope 3 cannot be lowered at run time: write "kernel.yama.ptrace_scope = 1" to a file in /etc/sysctl.d/ on the Linux host or VM (not in a container; its /proc/sys is read-only), remove any file that sets 3, and reboot.',
    zh: '作用域 3 无法在运行时调低：在 Linux 主机或虚拟机（不是容器，容器中 /proc/sys 是只读的）的 /etc/sysctl.d/ 中写入 "kernel.yama.ptrace_scope = 1"，删除任何设置为 3 的文件，然后重启。',
  },
  fixScopeLower: { en: 'Allow tracing (on the Linux host or VM; in a container /proc/sys is read-only)', zh: '允许跟踪（在 Linux 主机或虚拟机上执行；容器中 /proc/sys 是只读的）' },
  evUser: { en: '/proc/self/status: Uid {uid} {user}', zh: '/proc/self/status：Uid {uid} {user}' },
});
