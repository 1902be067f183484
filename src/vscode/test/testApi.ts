import * as vscode from 'vscode';
import type { Report } from '../../core/report/types';
import type { RunResult } from '../diagnosis/doctor';
import type { RenderedState } from '../panel/panel';
import type { DoctorServices } from '../services';

/** A diagnostic as the extension published it. */
export interface PublishedDiagnostic {
  uri: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  range: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
}

/**
 * What `activate()` returns to the integration tests, and only to them (ExtensionMode.Test; other extensions get
 * undefined). Views of the extension's state, and `panelPost`, which acts: it delivers a message as the panel's
 * webview would, so a test can press a button the webview rendered (including fix buttons).
 */
export interface DoctorTestApi {
  /** The newest published report, if any. */
  lastReport(): Report | undefined;
  /** The configuration the newest report is about. */
  lastConfigName(): string | undefined;
  statusBar(): { text: string; tooltip: string; accessibility?: { label: string; role?: string } };
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

export function createTestApi(ctx: DoctorServices): DoctorTestApi {
  return {
    lastReport: () => ctx.doctor.last?.report,
    lastConfigName: () => {
      const n = ctx.doctor.last?.target.config?.name;
      return typeof n === 'string' ? n : undefined;
    },
    statusBar: () => ({
      text: ctx.statusBar.text,
      tooltip: ctx.statusBar.tooltip,
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
      open: ctx.panel.isOpen,
      onScreen: ctx.panel.onScreen,
      loads: ctx.panel.readyCount,
      ...(ctx.panel.rendered ? { rendered: ctx.panel.rendered } : {}),
      ...(ctx.panel.lastError ? { error: ctx.panel.lastError } : {}),
      ...(ctx.panel.lastNotice !== undefined ? { notice: ctx.panel.lastNotice } : {}),
    }),
    nextReport: (accept, timeoutMs) =>
      waitFor<RunResult>(ctx.onDidPublish, (r) => accept(r.report), timeoutMs, 'a report').then((r) => r.report),
    nextRender: (timeoutMs) => waitFor(ctx.panel.onDidRender, () => true, timeoutMs, 'the panel to render'),
    panelPost: (message) => ctx.panel.receive(message),
  };
}
