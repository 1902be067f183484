/** Messages of sharing a diagnosis as a new GitHub issue (src/core/report/share.ts, the panel's Report on GitHub…). */
import { messages } from '../index';

export const SHARE = messages({
  issueTitle: { en: 'Go debugging: {title}', zh: 'Go 调试：{title}' },
  issueTitleOk: { en: 'Go debugging: Go LLDB Doctor found no cause', zh: 'Go 调试：Go LLDB Doctor 未找到原因' },
  intro: {
    en: 'Written by Go LLDB Doctor from its report; nothing was sent by the extension. Home folders are shown as ~ and credentials in URLs as ***: read it before you submit.',
    zh: '由 Go LLDB Doctor 根据其报告生成；扩展没有发送任何内容。主目录显示为 ~，URL 中的凭据显示为 ***：提交前请先阅读。',
  },
  cut: {
    en: '(The report was cut to fit in a link. The whole report: "Copy as Markdown" in the Go LLDB Doctor panel, or `go-lldb-doctor --markdown` in a terminal.)',
    zh: '（报告已截短以放入链接。完整报告：Go LLDB Doctor 面板中的“复制为 Markdown”，或在终端运行 `go-lldb-doctor --markdown`。）',
  },
  pickRepo: { en: 'Where should the issue go?', zh: '问题提交到哪里？' },
  repoVscodeGo: { en: 'vscode-go: the Go extension (launch configuration, settings, starting dlv-dap)', zh: 'vscode-go：Go 扩展（启动配置、设置、启动 dlv-dap）' },
  repoDelve: { en: 'Delve: the debugger (dlv, debugserver, breakpoints, backends)', zh: 'Delve：调试器（dlv、debugserver、断点、后端）' },
  opened: { en: 'A new {repo} issue opened in your browser, filled in with this report: nothing is sent until you submit it.', zh: '已在浏览器中打开新的 {repo} 问题，并填入了本报告：在您提交之前不会发送任何内容。' },
  openedCut: {
    en: 'A new {repo} issue opened in your browser with this report cut to fit in a link; the whole report is on your clipboard.',
    zh: '已在浏览器中打开新的 {repo} 问题，报告已截短以放入链接；完整报告已复制到剪贴板。',
  },
  notOpened: { en: 'Could not open the browser; the report is on your clipboard: {url}', zh: '无法打开浏览器；报告已复制到剪贴板：{url}' },
  button: { en: 'Report on GitHub…', zh: '在 GitHub 上报告…' },
});
