/**
 * The report panel (browser side). Builds the DOM from the report with textContent only (never innerHTML),
 * talks to the extension through the typed protocol, keeps the last report in the webview state so that the
 * panel restores after a reload.
 */
import type { Report } from '../core/report/types';
import { parseToWebview, type FromWebview, type PanelContext, type PanelStrings, type ToWebview } from './protocol';
import { el, icon, button, renderedActions } from './dom';
import { renderComponents, renderFindings, renderHost } from './sections';

interface VsCodeApi {
  postMessage(msg: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let notice: HTMLElement | undefined;

function post(msg: FromWebview): void {
  vscode.postMessage(msg);
}

function toolbar(s: PanelStrings): HTMLElement {
  return el('div', { class: 'toolbar', role: 'toolbar' }, [
    button(s.rerun ?? 'Re-run', 'refresh', { type: 'rerun' }, post),
    button(s.copyMarkdown ?? 'Copy as Markdown', 'markdown', { type: 'copy', format: 'markdown' }, post),
    button(s.copyJson ?? 'Copy as JSON', 'json', { type: 'copy', format: 'json' }, post),
    button(s.exportSnapshot ?? 'Export Snapshot', 'save', { type: 'exportSnapshot' }, post),
  ]);
}

function header(report: Report, ctx: PanelContext, s: PanelStrings): HTMLElement {
  const verdictIcon = report.verdict === 'error' ? 'error' : report.verdict === 'warning' ? 'warning' : 'pass';
  const lines: HTMLElement[] = [
    el('h1', { class: `verdict verdict-${report.verdict}` }, [icon(verdictIcon), ` ${s[`verdict_${report.verdict}`] ?? report.verdict}`]),
  ];
  const meta: string[] = [];
  if (ctx.configName) meta.push(`${s.configuration ?? 'Configuration'}: ${ctx.configName}`);
  if (ctx.folder) meta.push(ctx.folder);
  meta.push(new Date(ctx.time).toLocaleString());
  lines.push(el('p', { class: 'meta' }, [meta.join(' · ')]));
  if (ctx.snapshot) lines.push(el('p', { class: 'banner' }, [icon('archive'), ` ${s.snapshot ?? 'Snapshot'}: ${ctx.snapshot}`]));
  if (!ctx.trusted) {
    lines.push(el('div', { class: 'banner banner-warning', role: 'note' }, [
      el('p', {}, [icon('shield'), ` ${s.untrusted ?? 'Untrusted workspace'}`]),
      el('ul', {}, ctx.skipped.map((x) => el('li', {}, [x]))),
    ]));
  }
  return el('header', { id: 'summary' }, [...lines, toolbar(s)]);
}

function render(msg: Extract<ToWebview, { type: 'report' }>): void {
  const { report, context, strings: s } = msg;
  renderedActions.length = 0;
  notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' }, []);
  app.replaceChildren(
    header(report, context, s),
    notice,
    renderFindings(report, context, s, post),
    renderHost(report, s),
    renderComponents(report, s, post),
  );
  if (!context.testMode) return;
  // Integration tests only: what was rendered, to check the panel as a user sees it.
  const sections = Array.from(app.querySelectorAll('header[id], section[id]'), (n) => n.id);
  post({ type: 'rendered', sections, text: app.innerText, actions: [...renderedActions] });
}

function onMessage(data: unknown): void {
  const msg = parseToWebview(data);
  if (!msg) return;
  if (msg.type === 'report') {
    vscode.setState(msg);
    render(msg);
  } else if (msg.type === 'running') {
    app.classList.add('running');
    if (notice) notice.textContent = '…';
  } else if (notice) {
    notice.textContent = msg.text;
  }
  if (msg.type !== 'running') app.classList.remove('running');
}

window.addEventListener('message', (e: MessageEvent) => {
  try {
    onMessage(e.data);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
const saved = parseToWebview(vscode.getState());
if (saved?.type === 'report') render(saved);
post({ type: 'ready' });
