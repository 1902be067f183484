/** The fixes the classifier offers (src/core/dap/fixes.ts), worded once. */
import { messages } from '../index';

export const DAP_FIXES = messages({
  arm64VsCodeTitle: {
    en: 'Install the Apple Silicon (arm64) or Universal build of VS Code',
    zh: '安装 Apple 芯片 (arm64) 版或通用版 VS Code',
  },
  arm64GoTitle: {
    en: 'Install the darwin/arm64 Go toolchain',
    zh: '安装 darwin/arm64 版 Go 工具链',
  },
  arm64GoDetail: {
    en: '`go version` must end in darwin/arm64. Remove an Intel Go (for example /usr/local/go from an amd64 package, or Homebrew under /usr/local) so that it is not found first.',
    zh: '`go version` 的输出必须以 darwin/arm64 结尾。删除 Intel 版 Go（例如来自 amd64 安装包的 /usr/local/go，或 /usr/local 下的 Homebrew），以免它被先找到。',
  },
  reinstallDlvTitle: {
    en: 'Reinstall dlv with that Go',
    zh: '用那个 Go 重新安装 dlv',
  },
  alternateDlvTitle: {
    en: 'Point go.alternateTools.dlv at an arm64 dlv',
    zh: '让 go.alternateTools.dlv 指向 arm64 版 dlv',
  },
  alternateDlvDetail: {
    en: 'In settings.json, "go.alternateTools": { "dlv": "/absolute/path/to/arm64/dlv" }, or at a wrapper script that runs: exec /usr/bin/arch -arch arm64 /absolute/path/to/dlv "$@"',
    zh: '在 settings.json 中设置 "go.alternateTools": { "dlv": "/absolute/path/to/arm64/dlv" }，或指向一个运行 exec /usr/bin/arch -arch arm64 /absolute/path/to/dlv "$@" 的包装脚本',
  },
  xcodeSelectTitle: {
    en: 'Install the Xcode Command Line Tools (they ship debugserver)',
    zh: '安装 Xcode 命令行工具（其中包含 debugserver）',
  },
  devToolsTitle: {
    en: 'Enable developer mode',
    zh: '开启开发者模式',
  },
  developerGroupTitle: {
    en: 'Add your user to the _developer group',
    zh: '把你的用户加入 _developer 组',
  },
  updateDlvTitle: {
    en: 'Update Delve',
    zh: '更新 Delve',
  },
  whichCpuTitle: {
    en: 'Find out which CPU this Mac has (prints 1 on Apple Silicon, nothing on Intel)',
    zh: '查看这台 Mac 的 CPU（Apple 芯片输出 1，Intel 不输出）',
  },
  updateGoTitle: {
    en: 'Install a newer Go (https://go.dev/dl/), then reinstall dlv with it',
    zh: '安装更新的 Go（https://go.dev/dl/），然后用它重新安装 dlv',
  },
  removeByHand: {
    en: 'Remove {shown} from the configuration in .vscode/launch.json',
    zh: '从 .vscode/launch.json 的配置中删除 {shown}',
  },
  removeEdit: {
    en: 'Remove {shown} from launch.json',
    zh: '从 launch.json 中删除 {shown}',
  },
  ptraceTitle: {
    en: 'Allow attaching with ptrace',
    zh: '允许用 ptrace 附加',
  },
  ptraceDetail: {
    en: '/proc/sys/kernel/yama/ptrace_scope must be 0 to attach to a process you did not start (or run dlv as root, "asRoot": true).',
    zh: '要附加到不是你启动的进程，/proc/sys/kernel/yama/ptrace_scope 必须为 0（或以 root 运行 dlv，"asRoot": true）。',
  },
});
