/**
 * extension-host-busy: the extension host's event loop was blocked ≥ 1 s while vscode-go connected to dlv, so its
 * 1000 ms timer (goDebugFactory.ts:392-403) fired before the connect (issue 20 item 8; research/field-2026.md §1
 * row 6, measured here: 900 ms connects, 1100 ms times out). Found by dlv-connect-timeout's text rule, which decides
 * between the two from the stall measured around the start.
 */
import { messages } from '../../i18n';
import { defineFinding } from '../define';

const S = messages({
  hostBusy: {
    en: 'The extension host\'s event loop was blocked for {ms} ms while vscode-go connected to dlv. vscode-go waits a fixed 1000 ms; when the loop is blocked past that, Node runs the expired timer before the connect callback, so it reports "connection timeout" with a healthy dlv. The extension host was busy (another extension\'s synchronous work), not dlv.',
    zh: 'vscode-go 连接 dlv 时，扩展宿主的事件循环被阻塞了 {ms} 毫秒。vscode-go 固定等待 1000 毫秒；事件循环阻塞超过这个时间时，Node 会在连接回调之前运行已到期的计时器，因此即使 dlv 正常，它也会报告 "connection timeout"。忙的是扩展宿主（另一个扩展的同步工作），而不是 dlv。',
  },
  retry: { en: 'Start debugging again; if it repeats, open "Developer: Show Running Extensions" to find the busy extension', zh: '再次开始调试；如果再次出现，打开 "Developer: Show Running Extensions" 找出繁忙的扩展' },
});

export default defineFinding({
  code: 'extension-host-busy',
  component: 'vscode',
  severity: 'error',
  title: { en: 'The extension host was busy when vscode-go connected to dlv', zh: 'vscode-go 连接 dlv 时扩展宿主正忙' },
  texts: S,
});
