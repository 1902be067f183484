/**
 * The report panel (browser side). Builds the DOM from the report with textContent only (never innerHTML),
 * talks to the extension through the typed protocol, keeps the last report in the webview state so that the
 * panel restores after a reload.
 */
import { formatDate, t, type Lang } from '../core/i18n';
import { PANEL } from '../core/i18n/messages/panel';
import { SHARE } from '../core/i18n/messages/share';
import type { Report } from '../core/report/types';
import { SELFTEST } from '../core/i18n/messages/selftest';
import { parseToWebview, type FromWebview, type PanelContext, type RenderedAction, type SelftestView, type ToWebview } from './protocol';
import { el, icon, button, collectActions } from './dom';
import { labelled, renderComponents, renderFindings, renderHost, say } from './sections';
import { wrappable } from './text';
import { markComponentRows, renderChain } from './chain';

interface VsCodeApi {
  postMessage(msg: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let notice: HTMLElement | undefined;
let lang: Lang = 'en';
/** The self-test shown under the header, kept across a new report. */
let selftest: SelftestView | undefined;

const STAGE_ICON = { running: 'loading codicon-modifier-spin', ok: 'pass', failed: 'error' } as const;

/** The self-test's stages (textContent only, like the rest of the panel). */
function renderSelftest(view: SelftestView): HTMLElement {
  const items = view.stages.map((st) => {
    const head = el('span', { class: 'stage-head' }, [icon(STAGE_ICON[st.state] ?? 'circle'), ` ${st.label}${st.ms !== undefined ? ` · ${st.ms} ms` : ''}`]);
    const out = st.output ? [el('pre', { class: 'stage-output' }, [st.state === 'failed' ? st.output : (st.output.split('\n').pop() ?? '')])] : [];
    return el('li', { class: `stage stage-${st.state}`, 'data-stage': st.name }, [head, ...out]);
  });
  const summary = view.summary ? [el('p', { class: 'selftest-summary', role: 'status' }, wrappable(view.summary))] : [];
  const findings = (view.findings ?? []).map((f) => el('div', { class: 'selftest-finding' }, [el('h3', {}, [icon('error'), ` ${f.title}`]), el('p', {}, wrappable(f.detail))]));
  return el('section', { id: 'selftest', 'aria-live': 'polite' }, [el('h2', {}, [view.title]), el('ol', { class: 'stages' }, items), ...summary, ...findings]);
}

function showSelftest(): void {
  if (!selftest) return;
  const section = renderSelftest(selftest);
  const old = document.getElementById('selftest');
  if (old) old.replaceWith(section);
  else {
    const header = app.querySelector('header');
    if (header) header.after(section);
    else app.prepend(section);
  }
}

function post(msg: FromWebview): void {
  vscode.postMessage(msg);
}

const VERDICT = { ok: PANEL.verdictOk, warning: PANEL.verdictWarning, error: PANEL.verdictError } as const;

function toolbar(ctx: PanelContext): HTMLElement {
  const s = say(ctx);
  return el('div', { class: 'toolbar', role: 'toolbar' }, [
    button(s(PANEL.rerun), 'refresh', { type: 'rerun' }, post),
    button(s(PANEL.copyMarkdown), 'markdown', { type: 'copy', format: 'markdown' }, post),
    button(s(PANEL.copyJson), 'json', { type: 'copy', format: 'json' }, post),
    button(s(SHARE.button), 'github', { type: 'reportIssue' }, post),
    button(s(PANEL.exportSnapshot), 'save', { type: 'exportSnapshot' }, post),
    button(s(SELFTEST.offer), 'debug-alt', { type: 'selftest' }, post),
  ]);
}

/**
 * "Explain Debug Error…": an explanation of the pasted text, not a diagnosis. No machine was probed, so there is
 * no verdict ("Debugging will fail"), no host ("Process unknown") and no components table to show.
 */
function explainedHeader(text: string, ctx: PanelContext): HTMLElement {
  const s = say(ctx);
  return el('header', { id: 'summary' }, [
    el('h1', { class: 'explained' }, [icon('comment-discussion'), ` ${s(PANEL.explainedTitle)}`]),
    el('h4', {}, [s(PANEL.explainedText)]),
    el('pre', { class: 'explained-text' }, [text]),
    el('div', { class: 'toolbar', role: 'toolbar' }, [
      button(s(PANEL.copyMarkdown), 'markdown', { type: 'copy', format: 'markdown' }, post),
      button(s(PANEL.copyJson), 'json', { type: 'copy', format: 'json' }, post),
    ]),
  ]);
}

function header(report: Report, ctx: PanelContext): HTMLElement {
  const s = say(ctx);
  const verdictIcon = report.verdict === 'error' ? 'error' : report.verdict === 'warning' ? 'warning' : 'pass';
  const lines: HTMLElement[] = [
    el('h1', { class: `verdict verdict-${report.verdict}` }, [icon(verdictIcon), ` ${s(VERDICT[report.verdict] ?? PANEL.verdictError)}`]),
  ];
  const meta: string[] = [];
  if (ctx.configName) meta.push(labelled(ctx, PANEL.configuration, ctx.configName));
  if (ctx.folder) meta.push(ctx.folder);
  meta.push(formatDate(new Date(ctx.time), ctx.lang));
  lines.push(el('p', { class: 'meta' }, wrappable(meta.join(' · '))));
  if (ctx.snapshot) lines.push(el('p', { class: 'banner' }, [icon('archive'), ` ${labelled(ctx, PANEL.snapshot)}`, ...wrappable(ctx.snapshot)]));
  if (!ctx.trusted) {
    lines.push(el('div', { class: 'banner banner-warning', role: 'note' }, [
      el('p', {}, [icon('shield'), ` ${s(PANEL.untrusted)}`]),
      el('ul', {}, ctx.skipped.map((x) => el('li', {}, wrappable(x)))),
    ]));
  }
  return el('header', { id: 'summary' }, [...lines, toolbar(ctx)]);
}

function render(msg: Extract<ToWebview, { type: 'report' }>): void {
  const { report, context } = msg;
  lang = context.lang;
  document.documentElement.lang = lang;
  const actions: RenderedAction[] | undefined = context.testMode ? [] : undefined;
  collectActions(actions);
  notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' }, []);
  if (context.explained !== undefined) {
    app.replaceChildren(explainedHeader(context.explained, context), notice, renderFindings(report, context, post));
  } else {
    const components = renderComponents(report, context, post);
    markComponentRows(components, report);
    const chain = renderChain(report, context);
    app.replaceChildren(
      header(report, context),
      notice,
      ...(chain ? [chain] : []),
      renderFindings(report, context, post),
      renderHost(report, context),
      components,
    );
  }
  showSelftest();
  collectActions(undefined);
  if (!actions) return;
  // Asked for (the integration tests' observer): what was rendered, to check the panel as a user sees it.
  const sections = Array.from(app.querySelectorAll('header[id], section[id]'), (n) => n.id);
  post({ type: 'rendered', sections, text: app.innerText, actions });
}

function onMessage(data: unknown): void {
  const msg = parseToWebview(data);
  if (!msg) return;
  if (msg.type === 'report') {
    vscode.setState(msg);
    render(msg);
  } else if (msg.type === 'selftest') {
    selftest = msg.view;
    showSelftest();
  } else if (msg.type === 'running') {
    app.classList.add('running');
    if (notice) notice.textContent = t(PANEL.working, undefined, lang);
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
