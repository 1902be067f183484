/** The terminal report: verdict, host, components table, findings with evidence and numbered fixes. */
import type { ComponentReport, Finding, Report, Severity } from './types';
import { t } from '../i18n';
import { COMMON } from '../i18n/messages/common';
import { REPORT } from '../i18n/messages/report';
import { displayWidth, escapeReport, fixAction, hostLine, MARKER, padColumns, severityWord, summary, wrap } from './render-util';
import { prose, terminalText } from '../text/prose';
import { debugChain, type ChainLink, type LinkStatus } from './chain-links';
import { boundaryLabel, linkName } from './chain-words';
import { CHAIN } from '../i18n/messages/chain';
import { componentName, componentStatusText } from './component-words';

export interface TextOptions {
  color: boolean;
  /** Columns to wrap prose at (default 100). */
  width?: number;
}

const SGR: Record<Severity | 'bold' | 'dim' | 'ok', string> = { error: '31', warning: '33', info: '36', bold: '1', dim: '2', ok: '32' };

type Paint = (style: keyof typeof SGR, s: string) => string;

const painter = (color: boolean): Paint => (style, s) => (color ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s);

function componentsTable(components: readonly ComponentReport[], paint: Paint): string[] {
  if (components.length === 0) return [];
  const rows = components.map((c) => [componentName(c.id), componentStatusText(c.status), (c.archs ?? []).join(',') || '-', c.path ?? '-']);
  const head = [t(REPORT.colComponent), t(REPORT.colStatus), t(REPORT.colArchs), t(REPORT.colPath)];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] as string))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < cells.length - 1 ? padColumns(c, widths[i] as number) : c)).join('  ')}`.trimEnd();
  const out = [`${t(COMMON.heading, { label: t(COMMON.components) })}`, paint('dim', line(head))];
  components.forEach((c, i) => {
    const cells = rows[i] as string[];
    const text = line(cells);
    out.push(c.status === 'ok' || c.status === 'unknown' ? text : paint('warning', text));
    if (c.version) out.push(`      ${t(REPORT.version, { v: c.version })}`);
    for (const n of c.notes ?? []) out.push(`      ${n}`);
    if (c.command) out.push(paint('dim', `      $ ${c.command}`));
  });
  return out;
}

/** Prose (text/prose) as wrapped terminal lines, a blank line between paragraphs. */
function proseLines(text: string, width: number, indent: string): string[] {
  return prose(text).flatMap((p, i) => [...(i > 0 ? [''] : []), ...wrap(terminalText(p), width, indent)]);
}

const LINK_MARK: Readonly<Record<LinkStatus, string>> = { ok: '✔', failing: '✖', warning: '⚠', missing: '⚠', unknown: '?' };

/**
 * The debug chain as one compact line (report/chain-links): `VS Code x86_64 ✖ → go arm64 ✔ → …`, the root
 * cause's link named as such, on Linux the boundary in brackets around the links.
 */
function chainLine(report: Report, paint: Paint): string[] {
  const chain = debugChain(report);
  if (!chain) return [];
  const root = ` ${t(CHAIN.rootCause)}`;
  const one = (l: ChainLink) => {
    const s = `${linkName(l, chain)}${l.cpu ? ` ${l.cpu}` : ''} ${LINK_MARK[l.status]}${l.rootCause ? root : ''}`;
    return l.status === 'failing' ? paint('error', s) : l.status === 'ok' ? s : paint('warning', s);
  };
  let links = chain.links.map(one).join(' → ');
  const b = chain.boundary;
  if (b) links = `[${boundaryLabel(b)}${b.status === 'ok' || b.status === 'unknown' ? '' : ` ${LINK_MARK[b.status]}`}${b.rootCause ? root : ''}: ${links}]`;
  const off = chain.rootCause && !chain.rootCause.onChain ? ` · ${t(CHAIN.rootCauseOff, { title: chain.rootCause.title })}` : '';
  return [t(COMMON.labelled, { label: t(CHAIN.line), value: `${links}${off}` })];
}

function findingLines(f: Finding, n: number, width: number, paint: Paint): string[] {
  const head = `${n}. ${paint(f.severity, `${MARKER[f.severity]} ${severityWord(f.severity).toUpperCase()}`)} ${paint('bold', f.title)} ${paint('dim', `[${f.code}, ${componentName(f.component)}]`)}`;
  const out = [head, ...proseLines(f.detail, width, '   ')];
  if (f.evidence.length) {
    out.push(`   ${t(COMMON.heading, { label: t(COMMON.evidence) })}`);
    for (const e of f.evidence) out.push(paint('dim', `     ${e}`));
  }
  if (f.fixes.length) {
    out.push(`   ${t(COMMON.heading, { label: t(COMMON.fixes) })}`);
    f.fixes.forEach((fix, i) => {
      out.push(`     ${i + 1}. ${fix.title}`);
      const action = fixAction(fix);
      if (fix.kind === 'command') out.push(paint('bold', `          $ ${action}`));
      else if (fix.kind === 'manual' && action) out.push(...proseLines(action, width, '          '));
      else if (action) out.push(`          ${action}`);
    });
  }
  return out;
}

/** Every value of the report is shown with its control characters escaped (src/core/text), then laid out. */
export function renderText(raw: Report, opts: TextOptions): string {
  const report = escapeReport(raw);
  const paint = painter(opts.color);
  const width = opts.width ?? 100;
  const verdict = report.verdict === 'ok' ? paint('ok', `✔ ${severityWord('ok')}`) : paint(report.verdict, `${MARKER[report.verdict]} ${severityWord(report.verdict)}`);
  const out = [`go-lldb-doctor: ${verdict} (${summary(report)})`, t(COMMON.labelled, { label: t(COMMON.host), value: hostLine(report.host) })];
  out.push(...chainLine(report, paint));
  const table = componentsTable(report.components, paint);
  if (table.length) out.push('', ...table);
  if (report.findings.length) {
    out.push('', `${t(COMMON.heading, { label: t(COMMON.findings) })}`);
    report.findings.forEach((f, i) => out.push('', ...findingLines(f, i + 1, width, paint)));
  }
  return `${out.join('\n')}\n`;
}
