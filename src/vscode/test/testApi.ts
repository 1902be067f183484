import * as vscode from 'vscode';
import type { Report } from '../../core/report/types';
import type { RunResult } from '../diagnosis/doctor';
import type { RenderedAction } from '../../webview/protocol';
import type { PanelHost } from '../panel/host';
import type { ReportPanel } from '../panel/panel';
import type { DoctorServices } from '../services';

/** What the webview last said it rendered: section ids, visible text and its buttons. */
export interface RenderedState {
  sections: string[];
  text: string;
  actions: RenderedAction[];
}

/** A diagnostic as the extension published it. */
export interface PublishedDiagnostic {
  uri: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  range: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
}

/**
 * The integration tests' entry (dist/extension-test.js, loaded at activation in ExtensionMode.Test only, with the
 * engine it reads: src/vscode/shell.ts; the production build does not contain it, test/unit/entry/production.test.ts
 * checks). It observes the extension through public surfaces: the services, and the panel's events, which it asks
 * to report renders.
 *
 * What `activate()` returns to the integration tests, and only to them (ExtensionMode.Test; other extensions get
 * undefined). Views of the extension's state, and `panelPost`, which acts: it delivers a message as the panel's
 * webview would, so a test can press a button the webview rendered (including fix buttons).
 */
export interface DoctorTestApi {
  /** The newest published report, if any. */
  lastReport(): Report | undefined;
  /** The configuration the newest report is about. */
  lastConfigName(): string | undefined;
  statusBar(): { text: string; tooltip: string; visible: boolean; accessibility?: { label: string; role?: string } };
  diagnostics(): PublishedDiagnostic[];
  panel(): { open: boolean; onScreen: boolean; loads: number; rendered?: RenderedState; error?: string; notice?: string };
  /** Resolves with the next published report that satisfies `accept` (diagnostics included), or rejects. */
  nextReport(accept: (r: Report) => boolean, timeoutMs: number): Promise<Report>;
  /** Resolves the next time the panel's webview reports that it rendered. */
  nextRender(timeoutMs: number): Promise<RenderedState>;
  /**
   * Delivers a message to the panel exactly as its webview would post it (validated like one). Tests take the
   * message from `panel().rendered.actions`, i.e. from a button the webview really rendered, to press it.
   */
  panelPost(message: unknown): Promise<void>;
}

function waitFor<T>(event: vscode.Event<T>, accept: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((v) => {
      if (!accept(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/** What the panel's webview said and was told, kept from the moment the panel was created. */
class PanelWatch {
  loads = 0;
  rendered: RenderedState | undefined;
  error: string | undefined;
  notice: string | undefined;
  private readonly renders = new vscode.EventEmitter<RenderedState>();
  readonly onDidRender = this.renders.event;

  constructor(host: PanelHost) {
    if (host.loaded) this.watch(host.loaded);
    else host.onDidCreate((p) => this.watch(p));
  }

  private watch(panel: ReportPanel): void {
    panel.reportRenders = true;
    panel.onDidNotice((text) => (this.notice = text));
    panel.onDidClose(() => (this.rendered = undefined));
    panel.onDidReceiveMessage((msg) => {
      if (msg.type === 'ready') this.loads++;
      else if (msg.type === 'error') this.error = msg.message;
      else if (msg.type === 'rendered') {
        this.rendered = { sections: msg.sections, text: msg.text, actions: msg.actions };
        this.renders.fire(this.rendered);
      }
    });
  }
}

export function createTestApi(ctx: DoctorServices): DoctorTestApi {
  const seen = new PanelWatch(ctx.panel);
  return {
    lastReport: () => ctx.doctor.last?.report,
    lastConfigName: () => {
      const n = ctx.doctor.last?.target.config?.name;
      return typeof n === 'string' ? n : undefined;
    },
    statusBar: () => ({
      text: ctx.statusBar.text,
      tooltip: ctx.statusBar.tooltip,
      visible: ctx.statusBar.visible,
      ...(ctx.statusBar.accessibility ? { accessibility: { ...ctx.statusBar.accessibility } } : {}),
    }),
    diagnostics: () =>
      ctx.diagnostics.placed().map((p) => ({
        uri: p.uri.toString(),
        code: p.finding.code,
        severity: p.finding.severity,
        range: {
          startLine: p.range.start.line,
          startCharacter: p.range.start.character,
          endLine: p.range.end.line,
          endCharacter: p.range.end.character,
        },
      })),
    panel: () => ({
      open: ctx.panel.loaded?.isOpen === true,
      onScreen: ctx.panel.loaded?.onScreen === true,
      loads: seen.loads,
      ...(seen.rendered ? { rendered: seen.rendered } : {}),
      ...(seen.error ? { error: seen.error } : {}),
      ...(seen.notice !== undefined ? { notice: seen.notice } : {}),
    }),
    nextReport: (accept, timeoutMs) =>
      waitFor<RunResult>(ctx.onDidPublish, (r) => accept(r.report), timeoutMs, 'a report').then((r) => r.report),
    nextRender: (timeoutMs) => waitFor(seen.onDidRender, () => true, timeoutMs, 'the panel to render'),
    panelPost: async (message) => (await ctx.panel.panel()).receive(message),
  };
}
