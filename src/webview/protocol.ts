/**
 * The messages between the report panel (webview) and the extension. Both sides import this file; each side
 * checks what it receives with the guards below before acting on it (a webview message is untrusted input).
 */
import type { Lang } from '../core/i18n';
import type { Report } from '../core/report/types';

/** What the panel shows besides the report itself. */
export interface PanelContext {
  /** The language of the panel's own words (the catalogue's messages are bundled into the webview). */
  lang: Lang;
  /** When the report was made (ISO string). */
  time: string;
  /** The workspace folder and launch configuration the report is about, when known. */
  folder?: string;
  configName?: string;
  /** Set when probes replayed a snapshot instead of the live machine. */
  snapshot?: string;
  /** Set for "Explain Debug Error…": the pasted text the report explains; no machine was probed, none is shown. */
  explained?: string;
  trusted: boolean;
  /** What was not run because the workspace is untrusted (one line each). */
  skipped: string[];
  /** For each finding (same index), whether each of its fixes can be applied from here. */
  fixable: boolean[][];
  /** For each finding (same index), whether each of its fixes is already in the file (nothing left to apply). */
  applied?: boolean[][];
  /** Post `rendered` after each render: set when an observer asked (ReportPanel.reportRenders, the integration tests' API). */
  testMode?: boolean;
}

/** The debugging self-test as it runs (src/vscode/selftest): its stages so far, in the catalogue's words. */
export interface SelftestView {
  title: string;
  stages: { name: string; label: string; state: 'running' | 'ok' | 'failed'; ms?: number; output?: string }[];
  /** Set when it ended: one line of outcome. */
  summary?: string;
  /** The findings of the stage that failed (title and detail, as the report shows them). */
  findings?: { title: string; detail: string }[];
}

export type ToWebview =
  | { type: 'report'; report: Report; context: PanelContext }
  | { type: 'selftest'; view: SelftestView }
  | { type: 'running' }
  | { type: 'notice'; text: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rerun' }
  /** `at`: the `time` of the report whose button it was (a press may cross a re-render). */
  | { type: 'applyFix'; finding: number; fix: number; at?: string }
  | { type: 'copy'; format: 'markdown' | 'json' }
  | { type: 'exportSnapshot' }
  | { type: 'reportIssue' }
  | { type: 'selftest' }
  | { type: 'openTerminal'; command: string }
  | { type: 'rendered'; sections: string[]; text: string; actions: RenderedAction[] }
  | { type: 'error'; message: string };

/** A button the panel rendered and the message a click on it posts (reported so tests can check the wiring). */
export interface RenderedAction {
  label: string;
  message: FromWebview;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;

/** Validates a message from the webview; anything else is dropped. */
export function parseFromWebview(v: unknown): FromWebview | undefined {
  if (!isRecord(v)) return undefined;
  switch (v.type) {
    case 'ready':
    case 'rerun':
    case 'exportSnapshot':
    case 'reportIssue':
    case 'selftest':
      return { type: v.type };
    case 'applyFix':
      if (!isIndex(v.finding) || !isIndex(v.fix)) return undefined;
      return typeof v.at === 'string' && v.at.length < 64 ? { type: 'applyFix', finding: v.finding, fix: v.fix, at: v.at } : { type: 'applyFix', finding: v.finding, fix: v.fix };
    case 'error':
      return typeof v.message === 'string' ? { type: 'error', message: v.message.slice(0, 2000) } : undefined;
    case 'copy':
      return v.format === 'markdown' || v.format === 'json' ? { type: 'copy', format: v.format } : undefined;
    case 'openTerminal':
      return typeof v.command === 'string' && v.command.length < 4096 ? { type: 'openTerminal', command: v.command } : undefined;
    case 'rendered':
      return Array.isArray(v.sections) && v.sections.every((s) => typeof s === 'string') && typeof v.text === 'string'
        ? { type: 'rendered', sections: v.sections as string[], text: v.text.slice(0, 200_000), actions: parseActions(v.actions) }
        : undefined;
    default:
      return undefined;
  }
}

function parseActions(v: unknown): RenderedAction[] {
  if (!Array.isArray(v)) return [];
  const out: RenderedAction[] = [];
  for (const a of v.slice(0, 500)) {
    if (!isRecord(a) || typeof a.label !== 'string' || (isRecord(a.message) && a.message.type === 'rendered')) continue;
    const message = parseFromWebview(a.message);
    if (message) out.push({ label: a.label, message });
  }
  return out;
}

const STAGE_STATES = new Set(['running', 'ok', 'failed']);

/** The self-test view, each stage checked (a stage of another shape is dropped). */
function parseSelftestView(v: unknown): SelftestView | undefined {
  if (!isRecord(v) || typeof v.title !== 'string' || !Array.isArray(v.stages)) return undefined;
  const stages: SelftestView['stages'] = [];
  for (const st of v.stages.slice(0, 50)) {
    if (!isRecord(st) || typeof st.name !== 'string' || typeof st.label !== 'string' || !STAGE_STATES.has(st.state as string)) continue;
    stages.push({
      name: st.name, label: st.label, state: st.state as SelftestView['stages'][number]['state'],
      ...(typeof st.ms === 'number' ? { ms: st.ms } : {}), ...(typeof st.output === 'string' ? { output: st.output.slice(0, 16_384) } : {}),
    });
  }
  const findings = Array.isArray(v.findings)
    ? v.findings.slice(0, 20).filter((f): f is { title: string; detail: string } => isRecord(f) && typeof f.title === 'string' && typeof f.detail === 'string').map((f) => ({ title: f.title, detail: f.detail }))
    : [];
  return { title: v.title, stages, ...(typeof v.summary === 'string' ? { summary: v.summary } : {}), ...(findings.length ? { findings } : {}) };
}

/** Validates a message from the extension (the webview trusts its host, but a typo should not crash the page). */
export function parseToWebview(v: unknown): ToWebview | undefined {
  if (!isRecord(v)) return undefined;
  if (v.type === 'running') return { type: 'running' };
  if (v.type === 'notice' && typeof v.text === 'string') return { type: 'notice', text: v.text };
  if (v.type === 'selftest') {
    const view = parseSelftestView(v.view);
    return view ? { type: 'selftest', view } : undefined;
  }
  if (v.type === 'report' && isRecord(v.report) && isRecord(v.context)) {
    const report = v.report as unknown as Report;
    if (!Array.isArray(report.findings) || !Array.isArray(report.components) || !isRecord(report.host)) return undefined;
    const context = { ...v.context, lang: v.context.lang === 'zh-cn' ? 'zh-cn' : 'en' } as unknown as PanelContext;
    return { type: 'report', report, context };
  }
  return undefined;
}
