/** The self-test's result as text (the terminal), Markdown (an issue) and JSON (docs/SNAPSHOT.md §2b). */
import { t } from '../i18n';
import { SELFTEST, SELFTEST_STAGE } from '../i18n/messages/selftest';
import { escapeControl } from '../text';
import type { SelftestResult, StageResult } from './types';

/** dlv's output may hold control characters (ANSI colours, a hostile program's text): shown escaped, line by line. */
function indent(text: string, by: string): string {
  return text.split('\n').map((l) => by + escapeControl(l)).join('\n');
}

function stageLine(s: StageResult): string {
  return `${s.ok ? '✓' : '✗'} ${t(SELFTEST_STAGE[s.name])} (${s.name}) ${s.ms} ms`;
}

/** The findings of a failed run: title, detail and each fix's title (the full report is `go-lldb-doctor`). */
function findingsText(r: SelftestResult): string {
  const out: string[] = [];
  for (const f of r.findings) {
    out.push('', `${f.severity === 'error' ? '✗' : '!'} ${escapeControl(f.title)} [${f.code}]`, indent(f.detail, '  '));
    for (const fix of f.fixes) out.push(`  → ${escapeControl(fix.title)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export function selftestText(r: SelftestResult): string {
  const lines = [t(SELFTEST.title), ''];
  for (const s of r.stages) {
    lines.push(stageLine(s));
    if (s.output && !s.ok) lines.push(indent(s.output, '    '));
    else if (s.output) lines.push(indent(s.output.split('\n').pop() ?? '', '    '));
  }
  lines.push('', escapeControl(r.summary));
  return `${lines.join('\n')}\n${findingsText(r)}`;
}

export function selftestMarkdown(r: SelftestResult): string {
  const lines = [`## ${t(SELFTEST.title)}`, '', r.summary, '', `| | ${t(SELFTEST.stageHeader)} | ms |`, '|---|---|---:|'];
  for (const s of r.stages) lines.push(`| ${s.ok ? '✓' : '✗'} | ${t(SELFTEST_STAGE[s.name])} (\`${s.name}\`) | ${s.ms} |`);
  const failed = r.stages.find((s) => !s.ok);
  if (failed?.output) lines.push('', '```', indent(failed.output, '').replace(/```/g, '`\u200b``'), '```');
  for (const f of r.findings) lines.push('', `- **${f.title}** (\`${f.code}\`): ${f.detail}`);
  return `${lines.join('\n')}\n`;
}

export function selftestJson(r: SelftestResult): string {
  const { format, ok, stages, findings } = r;
  return `${JSON.stringify({ format, ok, stages, findings, ...(r.notRun ? { notRun: r.notRun } : {}) }, null, 2)}\n`;
}
