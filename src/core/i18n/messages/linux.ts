/** Messages of the Linux side: dev containers, Linux VMs and remotes (probe/linux, rules/linux). */
import { messages } from '../index';

export const LINUX = messages({
  titleQemu: { en: 'The container runs under QEMU emulation: Delve cannot work', zh: '容器在 QEMU 仿真下运行：Delve 无法工作' },
  titleRosetta: { en: 'The container runs under Rosetta for Linux: breakpoints fail', zh: '容器在 Rosetta for Linux 下运行：断点失败' },
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
  whyNative: {
    en: 'Why the {platform} image is the real fix: the emulator translates instructions but not the debugging interface. A container built for the kernel\'s own CPU runs natively, and ptrace (and Delve with it) works as on any Linux machine; it is also several times faster. Most official images (golang, mcr.microsoft.com/devcontainers/go) are multi-arch, so dropping the {forced} platform is enough.',
    zh: '为什么 {platform} 镜像才是真正的修复：仿真器翻译的是指令，而不是调试接口。为内核自身 CPU 构建的容器以原生方式运行，ptrace（以及依赖它的 Delve）与在任何 Linux 机器上一样正常工作，而且快好几倍。大多数官方镜像（golang、mcr.microsoft.com/devcontainers/go）都是多架构的，去掉 {forced} 平台设置即可。',
  },
  rebuild: {
    en: 'After editing {file} run "Dev Containers: Rebuild Container" (from the Command Palette): it builds or pulls the image again for the new settings, creates a new container from it and reopens the folder there. Files in the workspace folder are kept; anything installed by hand inside the old container is not.',
    zh: '编辑 {file} 后，请运行"Dev Containers: Rebuild Container"（在命令面板中）：它会按新设置重新构建或拉取镜像，由此创建新容器，并在其中重新打开文件夹。工作区文件夹中的文件会保留；在旧容器中手动安装的内容不会保留。',
  },
  rebuildTitle: { en: 'Dev Containers: Rebuild Container', zh: '运行“Dev Containers: Rebuild Container”（重新生成容器）' },
  fixPlatformEdit: { en: 'Set the container platform to {platform} in devcontainer.json, then Rebuild Container', zh: '在 devcontainer.json 中将容器平台设为 {platform}，然后 Rebuild Container' },
  fixPlatformImage: { en: 'Use the {platform} variant of the image', zh: '使用该镜像的 {platform} 版本' },
  fixPlatformImageDetail: {
    en: 'Multi-arch images (golang, mcr.microsoft.com/devcontainers/go) pick {platform} by themselves once no {forced} platform is forced. For an image published for {forced} only, ask for or build {native|a} variant.',
    zh: '多架构镜像（golang、mcr.microsoft.com/devcontainers/go）在不再强制 {forced} 平台后会自动选择 {platform}。对于只发布了 {forced} 版本的镜像，请索取或自行构建 {native} 版本。',
  },
  fixComposePlatform: { en: 'Set platform: {platform} for service {service} in {file} (line {line}), then Rebuild Container', zh: '在 {file} 第 {line} 行将服务 {service} 的 platform 设为 {platform}，然后 Rebuild Container' },
  fixComposeAdd: { en: 'Add platform: {platform} to service {service} in {file}, then Rebuild Container', zh: '在 {file} 中为服务 {service} 添加 platform: {platform}，然后 Rebuild Container' },
  composeNotPlain: { en: '{file} line {line}: the platform of service {service} is not a plain value; change it by hand', zh: '{file} 第 {line} 行：服务 {service} 的 platform 不是普通值，请手动修改' },
  composeNoService: { en: '{file} has no service {service} under services:', zh: '{file} 的 services: 下没有服务 {service}' },
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
  fixDockerfile: { en: 'Remove --platform={from} from the FROM line of {file} (line {line}), then Rebuild Container', zh: '从 {file} 第 {line} 行的 FROM 中删除 --platform={from}，然后 Rebuild Container' },
  fixDockerfileDetail: {
    en: 'The Dockerfile forces the base image to {from}. Without --platform Docker pulls the variant for the machine\'s own CPU ({platform}).',
    zh: '该 Dockerfile 强制基础镜像为 {from}。去掉 --platform 后，Docker 会拉取适合本机 CPU（{platform}）的版本。',
  },
  noPrivileged: {
    en: '--privileged and SYS_PTRACE do not help: the emulator, not a permission, lacks ptrace.',
    zh: '--privileged 和 SYS_PTRACE 都无济于事：缺少 ptrace 的是仿真器，而不是权限。',
  },
  fixCapAdd: { en: 'Add "capAdd": ["SYS_PTRACE"] to devcontainer.json', zh: '在 devcontainer.json 中添加 "capAdd": ["SYS_PTRACE"]' },
  fixSeccomp: { en: 'Add "securityOpt": ["seccomp=unconfined"] to devcontainer.json', zh: '在 devcontainer.json 中添加 "securityOpt": ["seccomp=unconfined"]' },
  fixRunArgs: {
    en: 'Run the container with --cap-add=SYS_PTRACE --security-opt seccomp=unconfined',
    zh: '以 --cap-add=SYS_PTRACE --security-opt seccomp=unconfined 运行容器',
  },
  fixRunArgsDetail: {
    en: 'No devcontainer.json was found in the workspace: add these options where the container is started (docker run, compose "cap_add" / "security_opt", or the Codespace\'s devcontainer.json).',
    zh: '工作区中没有找到 devcontainer.json：请在启动容器的地方加上这些选项（docker run、compose 的 "cap_add" / "security_opt"，或 Codespace 的 devcontainer.json）。',
  },
  dwarf5: {
    en: 'dlv was built with {dlvGo}, and the program is built by {go}, which writes DWARF 5 on Linux. Go\'s debug/dwarf before 1.25 misreads DWARF 5, so Delve refuses: "To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later".',
    zh: 'dlv 由 {dlvGo} 构建，而程序由 {go} 构建，后者在 Linux 上生成 DWARF 5。1.25 之前的 Go debug/dwarf 会误读 DWARF 5，因此 Delve 拒绝调试："To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later"。',
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
  evStatus: { en: '/proc/self/status: Seccomp {seccomp}, CapEff {cap} (CAP_SYS_PTRACE {has})', zh: '/proc/self/status：Seccomp {seccomp}，CapEff {cap}（CAP_SYS_PTRACE {has}）' },
  evBuiltWith: { en: '{what} {path}: built with {go}', zh: '{what} {path}：由 {go} 构建' },
  evGoVersion: { en: '{what}: {go}', zh: '{what}：{go}' },
  dcUnreadable: { en: '{file} cannot be read: the fix was not applied', zh: '无法读取 {file}：未应用此修复' },
  dcSyntax: { en: '{file} does not parse ({error} at {line}:{column}); fix it by hand first', zh: '{file} 无法解析（{error}，位置 {line}:{column}）；请先手动修正' },
  yes: { en: 'yes', zh: '有' },
  no: { en: 'no', zh: '无' },
});
