/** What Delve's texts about the stub it starts mean (src/core/dap/rules-launch.ts). */
import { messages } from '../index';

export const DAP_LAUNCH = messages({
  lldbServerMissing: {
    en: 'The configuration asks for the lldb backend, which off macOS needs lldb-server, and Delve found none on PATH. The default backend on this system is Delve\'s native one.',
    zh: '配置要求使用 lldb 后端，在 macOS 以外它需要 lldb-server，而 Delve 在 PATH 中找不到它。此系统上的默认后端是 Delve 自带的 native 后端。',
  },
  lldbServerFix: { en: 'Remove "backend" (the native backend is the default here)', zh: '删除 "backend"（这里默认使用 native 后端）' },
  lldbServerInstall: { en: 'Or install lldb-server (the lldb package of your distribution)', zh: '或者安装 lldb-server（发行版的 lldb 软件包）' },
  debugserverPath: {
    en: 'DELVE_DEBUGSERVER_PATH is {path}, which does not exist. Delve uses this value as-is, without checking it. It comes from the launch configuration\'s "env", its envFile or go.toolsEnvVars (vscode-go merges them).',
    zh: 'DELVE_DEBUGSERVER_PATH 是 {path}，但它不存在。Delve 原样使用这个值，不做检查。它来自启动配置的 "env"、envFile 或 go.toolsEnvVars（vscode-go 会合并它们）。',
  },
  debugserverPathSettings: { en: 'Remove DELVE_DEBUGSERVER_PATH from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 DELVE_DEBUGSERVER_PATH' },
});
