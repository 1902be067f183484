/**
 * linux-ptrace-scope: Yama's ptrace_scope as the kernel defines it (research/field-2026.md §3; the kernel's
 * Documentation/admin-guide/LSM/Yama.rst and security/yama/yama_lsm.c `yama_ptrace_access_check`,
 * `yama_ptrace_traceme`):
 * - Scope 1 stops PTRACE_ATTACH to a non-descendant without CAP_SYS_PTRACE: `attach`, never `launch`.
 * - Scope 2 needs CAP_SYS_PTRACE in the tracer for PTRACE_ATTACH and for the child's PTRACE_TRACEME, so dlv's
 *   launch fails too; a container's capAdd gives the capability to root only (a non-root user's CapEff is 0).
 * - Scope 3 refuses both to everyone and cannot be lowered until reboot.
 * After F5: Delve's "could not attach to pid N: this could be caused by a kernel security setting"
 * (service/debugger/debugger_linux.go).
 */
import { messages, t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { LinuxFacts } from '../../probe/linux/types';
import type { LinuxMachine } from '../../probe/machine';
import type { Finding, Fix } from '../../report/types';
import { command, manual } from '../fixes';
import { dcEdit, ptraceFixes, rebuildStep, statusEvidence } from '../containerFixes';
import { defineFinding, type Make } from '../define';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const P = messages({
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
  fixScope: { en: 'Allow attaching (on the Linux host or VM; in a container /proc/sys is read-only)', zh: '允许附加（在 Linux 主机或虚拟机上执行；容器中 /proc/sys 是只读的）' },
  text: {
    en: 'Yama\'s ptrace_scope is {scope}: {meaning} Delve then answers "Could not attach to pid N: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope".',
    zh: 'Yama 的 ptrace_scope 为 {scope}：{meaning} Delve 随即答复 "Could not attach to pid N: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope"。',
  },
  textScope1: { en: 'a process may trace only its own descendants, so attaching to a running program needs CAP_SYS_PTRACE.', zh: '进程只能跟踪自己的后代进程，因此附加到正在运行的程序需要 CAP_SYS_PTRACE。' },
});

/** dlv would trace a process it did not start: request attach with mode local (remote attaches trace elsewhere). */
function localAttach(m: LinuxMachine): boolean {
  return m.launch.request === 'attach' && (m.launch.mode ?? 'local') === 'local';
}

/** dlv traces on this machine at all: a local attach or a launch (not an attach to a dlv elsewhere). */
function tracesHere(m: LinuxMachine): boolean {
  return localAttach(m) || m.launch.request !== 'attach';
}

/** The user dlv runs as in the container, when the container names one (for evidence and the detail). */
function containerUser(l: LinuxFacts): string | undefined {
  return l.devcontainer?.remoteUser ?? l.devcontainer?.containerUser;
}

/** Fixes that give dlv CAP_SYS_PTRACE: capAdd (root only gets it), and running as root when the user is not. */
function capabilityFixes(l: LinuxFacts): Fix[] {
  const dc = l.devcontainer;
  const fixes: Fix[] = [...ptraceFixes(dc, false)];
  const nonRoot = l.euid !== undefined && l.euid !== 0;
  if (nonRoot && dc && !dc.error) fixes.push(dcEdit(t(P.fixRemoteUserRoot), dc, ['remoteUser'], 'root'));
  if (fixes.some((f) => f.kind === 'edit')) fixes.push(rebuildStep());
  return fixes;
}

function scopeDetail(l: LinuxFacts, scope: number): string {
  const text = scope === 1 ? t(P.scope1) : scope === 2 ? t(P.scope2) : t(P.scope3);
  const dc = l.devcontainer;
  const nonRoot = scope === 2 && l.euid !== undefined && l.euid !== 0 && dc?.capAdd.includes('SYS_PTRACE');
  return nonRoot ? `${text} ${t(P.capAddNonRoot, { user: containerUser(l) ?? `uid ${l.euid ?? '?'}` })}` : text;
}

/**
 * Yama's ptrace_scope for what this configuration asks dlv to do: scope 1 and a local attach without the
 * capability; scope 2 and a launch or local attach without it; scope 3 and either, whatever the capability.
 */
function check(m: LinuxMachine, make: Make): Finding[] {
  const l = m.linux;
  const scope = l?.ptraceScope;
  if (!l || scope === undefined || scope === 0 || !tracesHere(m)) return [];
  if (scope === 1 && (!localAttach(m) || l.capSysPtrace !== false)) return [];
  if (scope === 2 && l.capSysPtrace !== false) return [];
  const fixes: Fix[] = scope < 3 ? capabilityFixes(l) : [manual(t(P.fixScope3), t(P.fixScope3Detail))];
  if (scope < 3) fixes.push(command(t(scope === 1 ? P.fixScope : P.fixScopeLower), 'sudo sysctl -w kernel.yama.ptrace_scope=0'));
  const evidence = [`/proc/sys/kernel/yama/ptrace_scope: ${scope}`, statusEvidence(l), t(EV.launchRequest, { what: `${m.launch.request ?? 'launch'}${m.launch.mode ? `, mode=${m.launch.mode}` : ''}` })];
  if (l.euid !== undefined) evidence.push(t(P.evUser, { uid: l.euid, user: containerUser(l) ?? '' }));
  const title = scope === 1 ? undefined : t(P.titleAll);
  return [make({ severity: 'error', detail: scopeDetail(l, scope), evidence, fixes, ...(title ? { title } : {}) })];
}

export default defineFinding({
  code: 'linux-ptrace-scope',
  component: 'permissions',
  severity: 'warning',
  title: { en: 'Yama ptrace_scope blocks attaching', zh: 'Yama ptrace_scope 阻止了附加' },
  texts: P,
  linux: check,
  dap: [
    {
      re: /could not attach to pid (\d+): this could be caused by a kernel security setting, try writing "0" to \/proc\/sys\/kernel\/yama\/ptrace_scope/gi,
      build: (_m, line, _r, make) => make({
        severity: 'error',
        detail: t(P.text, { scope: '≥ 1', meaning: t(P.textScope1) }),
        evidence: [line],
        fixes: [
          { kind: 'command', title: t(P.fixScope), command: 'sudo sysctl -w kernel.yama.ptrace_scope=0' },
          { kind: 'manual', title: t(LINUX.fixCapAdd) },
        ],
      }),
    },
  ],
});
