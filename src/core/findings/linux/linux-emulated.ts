/**
 * linux-emulated: a userland for another CPU than the kernel (research/failure-modes.md §1.1-1.2, §1.5): an amd64
 * container on an Apple Silicon Mac under QEMU (Delve cannot start anything) or Rosetta for Linux (breakpoints and
 * goroutines fail with EIO); or, in a Linux VM whose VS Code server is native, only go and dlv are foreign binaries
 * (issue 20 item 6). Every arch in a text is derived from the facts (mismatchNames); 32-bit userlands on their 64-bit
 * kernels (386 on amd64, arm on arm64) run natively. After F5 Delve's Linux texts (delve
 * service/debugger/debugger_linux.go): "function not implemented" under QEMU (measured here: Debian's arm64 delve
 * 1.20.2 under qemu-aarch64 on x86_64), "input/output error" under Rosetta. One code for every emulator, so that
 * what the preflight saw (maybe not which emulator) and what Delve said (which one) merge into one finding; the
 * title names the emulator when known.
 */
import { goarchOf, linuxArchName, mismatchNames, runsNatively } from '../../arch/names';
import { messages, t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { LinuxMachine } from '../../probe/machine';
import type { ChainBinary, Emulator, LinuxFacts } from '../../probe/linux/types';
import { emulatorOf } from '../../probe/linux/boundary';
import type { Finding, Fix } from '../../report/types';
import { joinParagraphs } from '../../text/prose';
import { installDlvCommand } from '../../delve/install';
import { platformFile, platformFixes, rebuildStep } from '../containerFixes';
import { defineFinding, type Make, type TextContext } from '../define';
import { isEmulated, userlandGoarch } from '../emulated';
import { command, goCmd, manual } from '../fixes';
import { componentName } from '../../report/component-words';

const E = messages({
  emulatedQemu: {
    en: 'This {user} userland runs under QEMU user-mode emulation on {kernel|a} kernel. QEMU does not implement ptrace, so Delve cannot start or attach to any program here: every launch fails with "fork/exec …: function not implemented". Use a container for the kernel\'s CPU ({platform}).',
    zh: '此 {user} 用户态在 {kernel} 内核上以 QEMU 用户模式仿真运行。QEMU 未实现 ptrace，因此 Delve 在这里无法启动或附加任何程序：每次启动都会以 "fork/exec …: function not implemented" 失败。请使用与内核 CPU 相同的容器（{platform}）。',
  },
  emulatedRosetta: {
    en: 'This {user} userland runs under Rosetta for Linux on {kernel|a} kernel. Delve starts and the program runs, but ptrace cannot read the registers of a translated process: breakpoints and goroutines fail with "input/output error". Use a container for the kernel\'s CPU ({platform}).',
    zh: '此 {user} 用户态在 {kernel} 内核上通过 Rosetta for Linux 运行。Delve 能启动，程序也能运行，但 ptrace 无法读取被转译进程的寄存器：断点和 goroutine 会以 "input/output error" 失败。请使用与内核 CPU 相同的容器（{platform}）。',
  },
  emulatedUnknown: {
    en: 'This {user} userland runs on {kernel|a} kernel, so it is emulated (QEMU or Rosetta for Linux; no marker says which). Under QEMU Delve cannot launch at all ("function not implemented"); under Rosetta breakpoints and goroutines fail ("input/output error"). Use a container for the kernel\'s CPU ({platform}).',
    zh: '此 {user} 用户态运行在 {kernel} 内核上，因此处于仿真之下（QEMU 或 Rosetta for Linux；没有标记能说明是哪一个）。在 QEMU 下 Delve 完全无法启动（"function not implemented"）；在 Rosetta 下断点和 goroutine 会失败（"input/output error"）。请使用与内核 CPU 相同的容器（{platform}）。',
  },
  titleTools: { en: '{what}: {user} binaries run by {emulator} on this {kernel} machine', zh: '{what}：在这台 {kernel} 机器上由 {emulator} 运行的 {user} 二进制文件' },
  emulatedTools: {
    en: '{what} are {user} binaries, and this Linux machine\'s kernel is {kernel}: {emulator} runs them, while VS Code\'s server here is native. The emulated tools are the cause, not the machine: {consequence} Install the Go for linux/{native} and rebuild dlv with it.',
    zh: '{what} 是 {user} 二进制文件，而这台 Linux 机器的内核是 {kernel}：它们由 {emulator} 运行，而这里的 VS Code 服务器是原生的。原因在于这些被仿真的工具，而不是机器本身：{consequence} 请安装 linux/{native} 的 Go，并用它重新构建 dlv。',
  },
  consequenceQemu: { en: 'QEMU does not implement ptrace, so Delve cannot start or attach to anything ("function not implemented").', zh: 'QEMU 未实现 ptrace，因此 Delve 无法启动或附加任何程序（"function not implemented"）。' },
  consequenceRosetta: { en: 'under Rosetta ptrace cannot read a translated process\'s registers, so breakpoints and goroutines fail ("input/output error").', zh: '在 Rosetta 下 ptrace 无法读取被转译进程的寄存器，因此断点和 goroutine 会失败（"input/output error"）。' },
  consequenceUnknown: { en: 'under QEMU Delve cannot launch at all ("function not implemented"); under Rosetta breakpoints fail ("input/output error").', zh: '在 QEMU 下 Delve 完全无法启动（"function not implemented"）；在 Rosetta 下断点会失败（"input/output error"）。' },
  emulatorUnknown: { en: 'an emulator', zh: '仿真器' },
  fixNativeGo: { en: 'Install the Go for linux/{native} (go.dev/dl) in place of the {user} one', zh: '安装 linux/{native} 的 Go（go.dev/dl）以取代 {user} 版本' },
  fixNativeGoDetail: { en: 'Remove the {user} Go from {path}, unpack the linux-{native} archive there, and check that `go env GOARCH` prints {native}.', zh: '从 {path} 删除 {user} 版本的 Go，在该处解压 linux-{native} 压缩包，并确认 `go env GOARCH` 输出 {native}。' },
  fixReinstallDlvNative: { en: 'Rebuild dlv for this machine\'s CPU', zh: '为这台机器的 CPU 重新构建 dlv' },
  fixRebuildDlv: { en: 'Then rebuild dlv with the native Go', zh: '然后用原生 Go 重新构建 dlv' },
  noPrivileged: {
    en: '--privileged and SYS_PTRACE do not help: the emulator, not a permission, lacks ptrace.',
    zh: '--privileged 和 SYS_PTRACE 都无济于事：缺少 ptrace 的是仿真器，而不是权限。',
  },
  qemuText: {
    en: 'Delve could not start the program: "function not implemented" (ENOSYS) from fork/exec is what ptrace gives under QEMU user-mode emulation. The container\'s userland is for another CPU than the kernel (likely {forced|a} image on {native|a} kernel); Delve cannot work there at all.',
    zh: 'Delve 无法启动程序：fork/exec 返回 "function not implemented"（ENOSYS），这是 QEMU 用户模式仿真下 ptrace 的表现。容器的用户态 CPU 与内核不同（很可能是在 {native} 内核上运行 {forced} 镜像）；Delve 在那里完全无法工作。',
  },
  rosettaText: {
    en: '"input/output error" (EIO) from Delve\'s ptrace requests is what a process translated by Rosetta for Linux gives (an amd64 container on an Apple Silicon Mac). The program runs, but breakpoints, registers and goroutines cannot be read.',
    zh: 'Delve 的 ptrace 请求返回 "input/output error"（EIO），这是被 Rosetta for Linux 转译的进程的表现：在 Apple Silicon Mac 上运行 amd64 容器。程序能运行，但无法读取断点、寄存器和 goroutine。',
  },
  evKernel: { en: 'kernel: {arch} ({source})', zh: '内核：{arch}（{source}）' },
  evBinary: { en: '{role}: {path} is ELF {machine}', zh: '{role}：{path} 是 ELF {machine}' },
  evProcess: { en: 'process.arch = {arch}', zh: 'process.arch = {arch}' },
  evMarker: { en: '{source}: {value}', zh: '{source}：{value}' },
  evDevcontainer: { en: '{file}: runArgs {args}', zh: '{file}：runArgs {args}' },
  roleProcess: { en: 'process', zh: '运行诊断的进程' },
  theProgram: { en: 'the program', zh: '程序' },
});

/** A chain binary's role as a label: the tools' own names, the program and the probing process in words. */
function roleName(role: ChainBinary['role']): string {
  return role === 'process' ? t(E.roleProcess) : role === 'target' ? componentName('target') : role;
}

function emulationEvidence(l: LinuxFacts): string[] {
  const ev = [t(E.evKernel, { arch: l.kernelArch ?? '?', source: l.kernelSource ?? '?' })];
  for (const b of l.binaries) if (b.machineName) ev.push(t(E.evBinary, { role: roleName(b.role), path: b.path, machine: `${b.machineName}${b.goarch ? ` (${b.goarch})` : ''}` }));
  if (!l.binaries.some((b) => b.role === 'process' && b.goarch) && l.processGoarch) ev.push(t(E.evProcess, { arch: l.processGoarch }));
  for (const m of l.markers.filter((x) => x.emulator)) ev.push(t(E.evMarker, { source: m.source, value: m.value }));
  const compose = l.devcontainer?.compose;
  if (compose?.platform) ev.push(`${compose.path}:${compose.line ?? 1}: services.${compose.service}.platform: ${compose.platform}`);
  else if (l.devcontainer?.platform) ev.push(t(E.evDevcontainer, { file: l.devcontainer.path, args: l.devcontainer.runArgs.join(' ') }));
  if (l.devcontainer?.dockerfile?.fromPlatform) ev.push(`${l.devcontainer.dockerfile.path}:${l.devcontainer.dockerfile.line ?? 1}: FROM --platform=${l.devcontainer.dockerfile.fromPlatform}`);
  return ev;
}

/** Emulated binaries of the chain and whether the probing process (VS Code's server, the CLI) runs natively. */
function foreignTools(l: LinuxFacts): { tools: ChainBinary[]; nativeProcess: boolean } {
  const kernel = l.kernelGoarch ?? '';
  const foreign = (g: string | undefined) => Boolean(g && !runsNatively(kernel, g));
  const proc = l.binaries.find((b) => b.role === 'process')?.goarch ?? l.processGoarch;
  return { tools: l.binaries.filter((b) => b.role !== 'process' && foreign(b.goarch)), nativeProcess: Boolean(proc) && !foreign(proc) };
}

const EMULATOR_NAMES: Record<Emulator, string> = { qemu: 'QEMU', rosetta: 'Rosetta for Linux', fex: 'FEX' };

/**
 * A Linux VM (Lima, Remote-SSH) whose VS Code server is native and only go/dlv are foreign binaries: the cause is
 * those binaries (install the native Go, rebuild dlv), not the machine or a container platform.
 */
function emulatedTools(m: LinuxMachine, l: LinuxFacts, tools: ChainBinary[], emu: Emulator | undefined, make: Make): Finding {
  const native = l.kernelGoarch ?? '?';
  const user = tools.find((b) => b.role === 'dlv')?.goarch ?? tools[0]?.goarch ?? '?';
  const what = tools.map((b) => b.role === 'target' ? t(E.theProgram) : b.role).join(', ');
  const emulator = emu ? EMULATOR_NAMES[emu] : t(E.emulatorUnknown);
  const consequence = t(emu === 'qemu' ? E.consequenceQemu : emu === 'rosetta' ? E.consequenceRosetta : E.consequenceUnknown);
  const params = { what, user, native, kernel: l.kernelArch ?? '?', emulator, consequence };
  const fixes: Fix[] = [];
  const go = tools.find((b) => b.role === 'go');
  if (go) fixes.push(manual(t(E.fixNativeGo, { native, user }), t(E.fixNativeGoDetail, { native, user, path: m.go.env?.GOROOT ?? go.path })));
  if (tools.some((b) => b.role === 'dlv')) fixes.push(command(go ? t(E.fixRebuildDlv) : t(E.fixReinstallDlvNative), installDlvCommand(goCmd(m))));
  return make({ title: t(E.titleTools, params), detail: t(E.emulatedTools, params), evidence: emulationEvidence(l), fixes });
}

function emulated(m: LinuxMachine, make: Make): Finding[] {
  const l = m.linux;
  if (!isEmulated(l) || !l.kernelGoarch) return [];
  const emu = emulatorOf(l);
  const { tools, nativeProcess } = foreignTools(l);
  if (nativeProcess && tools.length > 0 && !l.devcontainer?.platform && !l.devcontainer?.dockerfile?.fromPlatform) return [emulatedTools(m, l, tools, emu, make)];
  const names = mismatchNames(l.kernelGoarch, userlandGoarch(l));
  const params = { user: linuxArchName(userlandGoarch(l)), kernel: l.kernelArch ?? '?', platform: names.platform };
  const title = emu === 'qemu' ? t(LINUX.titleQemu) : emu === 'rosetta' ? t(LINUX.titleRosetta) : undefined;
  const text = emu === 'qemu' ? E.emulatedQemu : emu === 'rosetta' ? E.emulatedRosetta : E.emulatedUnknown;
  const detail = joinParagraphs([t(text, params), t(LINUX.whyNative, names), t(E.noPrivileged)]);
  const fixes = [...platformFixes(l.devcontainer, names), rebuildStep(platformFile(l.devcontainer))];
  return [make({ detail, evidence: emulationEvidence(l), fixes, ...(title ? { title } : {}) })];
}

/** Both sides of the mismatch from text alone: the kernel is the machine's CPU when the caller knows it, else Apple Silicon's (the common case). */
function namesOf(r: TextContext) {
  return mismatchNames(goarchOf(r.hw) ?? 'arm64', undefined);
}

function containerFixes(r: TextContext): Fix[] {
  const names = namesOf(r);
  return [
    { kind: 'manual', title: t(LINUX.fixPlatformImage, { platform: names.platform }), detail: joinParagraphs([t(LINUX.fixPlatformImageDetail, names), t(LINUX.whyNative, names)]) },
    rebuildStep(),
  ];
}

export default defineFinding({
  code: 'linux-emulated',
  component: 'host',
  severity: 'error',
  title: { en: 'The container is for another CPU than the kernel (emulated)', zh: '容器与内核的 CPU 不同（在模拟下运行）' },
  texts: E,
  linux: emulated,
  // Linear time: a path or breakpoint name is scanned only up to the next occurrence of the rule's own opening
  // words, starts and ends with a non-space (so it trades no characters with the widened spaces around it), and
  // `npm run bench -- regex` times each rule on 1 MB of its repeated words (issue 16 item 6: 200 KB of
  // `fork/exec ` took 6.4 s).
  dap: [
    {
      re: /(?:fork\/exec \S(?:(?!fork\/exec)[^\n])*?|could not attach to pid \d+): function not implemented/gi,
      build: (_m, line, r, make) => make({ title: t(LINUX.titleQemu), detail: t(E.qemuText, namesOf(r)), evidence: [line], fixes: containerFixes(r) }),
    },
    {
      // `breakpoint … not verified:` is the DAP watch's line for an unverified breakpoint (dap/messages.ts).
      re: /(?:command failed|unable to retrieve goroutines|runtime error|could not set breakpoint(?:(?:(?!breakpoint)[^\n])*?\S)?|breakpoint \S(?:(?!breakpoint)[^\n])*?\S not verified):? input\/output error/gi,
      build: (_m, line, r, make) => make({ title: t(LINUX.titleRosetta), detail: t(E.rosettaText), evidence: [line], fixes: containerFixes(r) }),
    },
  ],
});
