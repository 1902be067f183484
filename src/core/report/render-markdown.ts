/**
 * The report as Markdown to paste into a GitHub issue: headings, a components table, findings (prose as
 * paragraphs with code spans, evidence as a list), and the JSON report in a collapsible <details>.
 * User-controlled text (paths, messages) is escaped so that it cannot break the table or the layout.
 */
import type { Finding, Fix, Report } from './types';
import { t } from '../i18n';
import { COMMON } from '../i18n/messages/common';
import { REPORT } from '../i18n/messages/report';
import { escapeReport, fixAction, hostLine, MARKER, severityWord, summary } from './render-util';
import { renderJson } from './render-json';
import { componentName, componentStatusText } from './component-words';
import { inlineRuns, prose, type Run } from '../text/prose';

/** Inline text: Markdown and HTML metacharacters escaped, line breaks kept as spaces. */
function mdText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

/** A code span that survives backticks inside (longer fence) and pipes (escaped for tables). */
function mdCode(s: string, inTable = false): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  const body = s.replace(/\r?\n/g, ' ');
  return `${fence}${pad}${inTable ? body.replace(/\|/g, '\\|') : body}${pad}${fence}`;
}

/** Runs of prose (text/prose): plain text escaped, inline code as code spans. */
function mdRuns(runs: readonly Run[]): string {
  return runs.map((r) => (r.code ? mdCode(r.text) : mdText(r.text))).join('');
}

/** Prose as Markdown paragraphs; `indent` keeps later paragraphs inside a list item. */
function mdProse(text: string, indent = ''): string {
  return prose(text).map(mdRuns).join(`\n\n${indent}`);
}

/** A list marker a line could start with (`-`, `+`, `1.`, `1)`): escaped in a list item's content. */
const LIST_MARKER = /^(?:[-+]|\d+[.)])/;

/** One line of text as a list item's content: its inline code as code spans, a leading list marker escaped. */
function mdItem(line: string): string {
  return mdRuns(inlineRuns(line)).replace(LIST_MARKER, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}

/** A fenced block longer than any backtick run inside. */
function mdBlock(body: string, lang = 'text'): string {
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body.replace(/\n$/, '')}\n${fence}`;
}

function fixLine(fix: Fix, i: number): string {
  const action = fixAction(fix);
  const title = mdRuns(inlineRuns(fix.title));
  if (!action) return `${i + 1}. ${title}`;
  if (fix.kind === 'manual') return `${i + 1}. ${title}: ${mdProse(action, '   ')}`;
  return `${i + 1}. ${title}: ${mdCode(action)}`;
}

/** The finding's component: the id as code (English), or its name as words where the language has one. */
function componentLabel(id: Finding['component']): string {
  const name = componentName(id);
  return name === id ? mdCode(id) : mdText(name);
}

function findingSection(f: Finding, n: number): string[] {
  const out = [`### ${n}. ${MARKER[f.severity]} ${severityWord(f.severity)}: ${mdRuns(inlineRuns(f.title))}`, '', `${mdCode(f.code)} · ${t(REPORT.component, { c: componentLabel(f.component) })}`, '', mdProse(f.detail)];
  if (f.evidence.length) out.push('', `**${t(COMMON.evidence)}**`, '', ...f.evidence.map((e) => `- ${mdItem(e)}`));
  if (f.fixes.length) out.push('', `**${t(COMMON.fixes)}**`, '', ...f.fixes.map(fixLine));
  return out;
}

/** Every value of the report is shown with its control characters escaped (src/core/text); the JSON keeps them as \u escapes. */
export function renderMarkdown(raw: Report): string {
  const report = escapeReport(raw);
  const out = [`## go-lldb-doctor: ${MARKER[report.verdict === 'ok' ? 'info' : report.verdict]} ${severityWord(report.verdict)} (${summary(report)})`, '', `**${t(COMMON.heading, { label: t(COMMON.host) })}** ${mdText(hostLine(report.host))}`];
  if (report.components.length) {
    const cols = [REPORT.colComponentTitle, REPORT.colStatusTitle, REPORT.colArchsTitle, REPORT.colPathTitle].map((m) => t(m));
    out.push('', `### ${t(COMMON.components)}`, '', `| ${cols.join(' | ')} |`, '|---|---|---|---|');
    for (const c of report.components) {
      const archs = (c.archs ?? []).map((a) => mdCode(a, true)).join(', ') || '–';
      out.push(`| ${mdText(componentName(c.id))} | ${mdText(componentStatusText(c.status))} | ${archs} | ${c.path ? mdCode(c.path, true) : '–'} |`);
    }
  }
  if (report.findings.length) {
    out.push('', `## ${t(COMMON.findings)}`);
    report.findings.forEach((f, i) => out.push('', ...findingSection(f, i + 1)));
  }
  out.push('', `<details><summary>${t(REPORT.jsonReport)}</summary>`, '', mdBlock(renderJson(raw), 'json'), '', '</details>');
  return `${out.join('\n')}\n`;
}
