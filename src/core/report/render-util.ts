/** Small pieces shared by the text and Markdown renderers. */
import type { Fix, HostInfo, Report, Severity } from './types';

export const MARKER: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** One line describing a fix's action (without its title). */
export function fixAction(fix: Fix): string | undefined {
  switch (fix.kind) {
    case 'command':
      return fix.command;
    case 'manual':
      return fix.detail;
    case 'edit': {
      const e = fix.edit;
      const what = e.remove ? 'remove' : `set to ${JSON.stringify(e.value)}`;
      return `${e.file} ${JSON.stringify(e.path)}: ${what}${e.scope ? ` (${e.scope} settings)` : ''}`;
    }
  }
}

export function hostLine(h: HostInfo): string {
  const parts = [`platform ${h.platform}`];
  parts.push(`hardware ${h.hardwareArch ?? 'unknown'}`);
  if (h.processArch && h.processArch !== 'unknown') parts.push(`process ${h.processArch}${h.translated ? ' (translated by Rosetta)' : ''}`);
  else if (h.translated) parts.push('translated by Rosetta');
  if (h.osVersion) parts.push(`macOS ${h.osVersion}`);
  return parts.join(', ');
}

export function summary(report: Report): string {
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const)
    .map((s) => [count(s), s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s}${n === 1 ? '' : s === 'info' ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'no findings';
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
