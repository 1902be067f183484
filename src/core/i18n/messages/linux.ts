/** Messages of the Linux side: dev containers, Linux VMs and remotes (probe/linux, rules/linux). */
import { messages } from '../index';

export const LINUX = messages({
  titleQemu: { en: 'The container runs under QEMU emulation: Delve cannot work', zh: '容器在 QEMU 仿真下运行：Delve 无法工作' },
  titleRosetta: { en: 'The container runs under Rosetta for Linux: breakpoints fail', zh: '容器在 Rosetta for Linux 下运行：断点失败' },
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
  fixDockerfile: { en: 'Remove --platform={from} from the FROM line of {file} (line {line}), then Rebuild Container', zh: '从 {file} 第 {line} 行的 FROM 中删除 --platform={from}，然后 Rebuild Container' },
  fixDockerfileDetail: {
    en: 'The Dockerfile forces the base image to {from}. Without --platform Docker pulls the variant for the machine\'s own CPU ({platform}).',
    zh: '该 Dockerfile 强制基础镜像为 {from}。去掉 --platform 后，Docker 会拉取适合本机 CPU（{platform}）的版本。',
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
  evStatus: { en: '/proc/self/status: Seccomp {seccomp}, CapEff {cap} (CAP_SYS_PTRACE {has})', zh: '/proc/self/status：Seccomp {seccomp}，CapEff {cap}（CAP_SYS_PTRACE {has}）' },
  evBuiltWith: { en: '{what} {path}: built with {go}', zh: '{what} {path}：由 {go} 构建' },
  dcUnreadable: { en: '{file} cannot be read: the fix was not applied', zh: '无法读取 {file}：未应用此修复' },
  dcSyntax: { en: '{file} does not parse ({error} at {line}:{column}); fix it by hand first', zh: '{file} 无法解析（{error}，位置 {line}:{column}）；请先手动修正' },
  yes: { en: 'yes', zh: '有' },
  no: { en: 'no', zh: '无' },
});
