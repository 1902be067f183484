/** Texts of the classifier about vscode-go: its dlv install fixes (findings/textFixes.ts), the launch request's GOARCH (dap/rules-context.ts) and the adapter's exit (dap/watch.ts). */
import { messages } from '../index';

export const DAP_VSCODE = messages({
  installDlv: { en: 'Install dlv', zh: '安装 dlv' },
  installTools: { en: 'Or run "Go: Install/Update Tools" from the Command Palette and select dlv', zh: '或者在命令面板中运行 "Go: Install/Update Tools" 并选择 dlv' },
  setAlternate: { en: 'If dlv is installed elsewhere, set go.alternateTools.dlv to its absolute path', zh: '如果 dlv 安装在别处，请把 go.alternateTools.dlv 设为它的绝对路径' },
  adapterKilled: { en: 'The debug adapter was killed by signal {signal} before the session ended normally.', zh: '调试适配器在会话正常结束之前被信号 {signal} 终止。' },
  adapterExited: { en: 'The debug adapter exited with code {code} before the session ended normally.', zh: '调试适配器在会话正常结束之前退出，退出码为 {code}。' },
  launchGoarch: { en: 'The launch request sets GOARCH={goarch}, so the program is built for the other CPU than this {hw} Mac and Delve cannot debug it natively. vscode-go merges go.toolsEnvVars, envFile and the configuration\'s env into it, so the value may come from any of the three.', zh: 'launch 请求设置了 GOARCH={goarch}，因此程序是为与这台 {hw} Mac 不同的 CPU 构建的，Delve 无法以原生方式调试它。vscode-go 会把 go.toolsEnvVars、envFile 和配置的 env 合并进来，所以这个值可能来自三者中的任何一个。' },
  removeLaunchEnv: { en: 'Remove GOARCH from the configuration\'s env and envFile in launch.json', zh: '从 launch.json 中该配置的 env 和 envFile 里删除 GOARCH' },
  removeToolsEnv: { en: 'Remove GOARCH from go.toolsEnvVars in settings.json', zh: '从 settings.json 的 go.toolsEnvVars 中删除 GOARCH' },
});
