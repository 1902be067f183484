/** Small pieces shared by the text and Markdown renderers. */
import { t, type Message } from '../i18n';
import { COMMON } from '../i18n/messages/common';
import { REPORT } from '../i18n/messages/report';
import type { Finding, Fix, HostInfo, Report, SettingsScope, Severity, Verdict } from './types';
import { escapeProse } from '../text/prose';
import { escapeValues } from '../text';

export const MARKER: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** A severity or verdict as a word of the current language (`error`, `warning`, `info`, `ok`). */
export function severityWord(s: Severity | Verdict): string {
  return t({ error: COMMON.verdictError, warning: COMMON.verdictWarning, info: REPORT.info, ok: COMMON.verdictOk }[s]);
}

/**
 * The report as the text and Markdown renderers print it: every value with its control characters escaped
 * (escapeValues), except that the prose of a finding (its detail, a manual step's detail) keeps its paragraph
 * breaks, each paragraph escaped (text/prose): renderers lay it out with `prose`.
 */
export function escapeReport(raw: Report): Report {
  const report = escapeValues(raw);
  const findings = report.findings.map((f, i): Finding => {
    const orig = raw.findings[i] as Finding;
    const fixes = f.fixes.map((x, j) => {
      const o = orig.fixes[j];
      return x.kind === 'manual' && o?.kind === 'manual' && o.detail !== undefined ? { ...x, detail: escapeProse(o.detail) } : x;
    });
    return { ...f, detail: escapeProse(orig.detail), fixes };
  });
  return { ...report, findings };
}

/** One line describing a fix's action (without its title). */
const SCOPES: Record<SettingsScope, Message> = { user: REPORT.scopeUser, workspace: REPORT.scopeWorkspace, workspaceFolder: REPORT.scopeWorkspaceFolder };

/** A settings scope in the current language; an unknown one (a newer report) as it is. */
function scopeWord(scope: SettingsScope): string {
  return Object.prototype.hasOwnProperty.call(SCOPES, scope) ? t(SCOPES[scope]) : String(scope);
}

export function fixAction(fix: Fix): string | undefined {
  switch (fix.kind) {
    case 'command':
      return fix.command;
    case 'manual':
      return fix.detail;
    case 'edit': {
      const e = fix.edit;
      const what = e.remove ? t(REPORT.editRemove) : t(REPORT.editSet, { value: JSON.stringify(e.value) });
      return `${e.file} ${JSON.stringify(e.path)}: ${what}${e.scope ? t(REPORT.editScope, { scope: scopeWord(e.scope) }) : ''}`;
    }
  }
}

export function hostLine(h: HostInfo): string {
  // `unknown` (an explained text has no machine) is a code: said in the current language.
  const parts = [t(REPORT.platform, { p: h.platform === 'unknown' ? t(REPORT.unknown) : h.platform })];
  parts.push(t(REPORT.hardware, { a: h.hardwareArch ?? t(REPORT.unknown) }));
  const translated = t(REPORT.translated);
  if (h.processArch && h.processArch !== 'unknown') parts.push(`${t(REPORT.process, { a: h.processArch })}${h.translated ? ` (${translated})` : ''}`);
  else if (h.translated) parts.push(translated);
  if (h.osVersion) parts.push(t(REPORT.macos, { v: h.osVersion }));
  return parts.join(t(REPORT.listSep));
}

/** "1 error", "3 warnings": a count of findings of one severity, as the report summary and the dialogs say it. */
export const COUNT = {
  error: (n: number) => (n === 1 ? t(REPORT.oneError) : t(REPORT.errors, { n })),
  warning: (n: number) => (n === 1 ? t(REPORT.oneWarning) : t(REPORT.warnings, { n })),
  info: (n: number) => t(REPORT.infos, { n }),
};

export function summary(report: Report): string {
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => count(s) > 0).map((s) => COUNT[s](count(s)));
  return parts.length ? parts.join(t(REPORT.listSep)) : t(REPORT.noFindings);
}

/** Words of `text` wrapped to `width` columns, each line prefixed by `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out;
}

/** Columns a terminal gives `s`: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** `s` padded with spaces to `width` terminal columns. */
export function padColumns(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
