/** Texts of the classifier about vscode-go: its dlv install fixes (findings/textFixes.ts) and the adapter's exit (dap/watch.ts). */
import { messages } from '../index';

export const DAP_VSCODE = messages({
  installDlv: { en: 'Install dlv', zh: '安装 dlv' },
  installTools: { en: 'Or run "Go: Install/Update Tools" from the Command Palette and select dlv', zh: '或者在命令面板中运行 "Go: Install/Update Tools" 并选择 dlv' },
  setAlternate: { en: 'If dlv is installed elsewhere, set go.alternateTools.dlv to its absolute path', zh: '如果 dlv 安装在别处，请把 go.alternateTools.dlv 设为它的绝对路径' },
  adapterKilled: { en: 'The debug adapter was killed by signal {signal} before the session ended normally.', zh: '调试适配器在会话正常结束之前被信号 {signal} 终止。' },
  adapterExited: { en: 'The debug adapter exited with code {code} before the session ended normally.', zh: '调试适配器在会话正常结束之前退出，退出码为 {code}。' },
});
