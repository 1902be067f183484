/**
 * `go-lldb-doctor explain [--json|--markdown] [--arch arm64|x86_64] [TEXT...]`: the causes an error message
 * supports. TEXT arguments are joined with spaces; without them standard input is read (a Debug Console paste,
 * or JSON lines of DAP messages). Exit 0 ok/warning, 1 error verdict, 2 bad arguments or nothing to explain.
 */
import type { Io } from './io';
import { errorLine, usageError } from './io';
import { capText, SIZE_CAPS } from '../core/io/read';
import { t } from '../core/i18n';
import { IO } from '../core/i18n/messages/io';
import { CLI } from '../core/i18n/messages/cli';
import { explainReport } from '../core/explain';
import { normalizeHardware } from '../core/arch/names';
import { renderJson, renderMarkdown, renderText } from '../core/report/render';

interface ExplainArgs {
  format: 'text' | 'json' | 'markdown';
  arch?: string;
  text: string[];
}

function parseArgs(args: string[]): ExplainArgs | string {
  const out: ExplainArgs = { format: 'text', text: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      out.text.push(...args.slice(i + 1));
      break;
    }
    if (a === '--json') out.format = 'json';
    else if (a === '--markdown') out.format = 'markdown';
    else if (a === '--arch' || a.startsWith('--arch=')) {
      const v = a === '--arch' ? args[++i] : a.slice('--arch='.length);
      if (!v || !normalizeHardware(v)) return v ? t(CLI.archNeedsNot, { value: v }) : t(CLI.archNeeds);
      out.arch = normalizeHardware(v);
    } else if (a.startsWith('-') && a.length > 1) return t(CLI.ofCommand, { command: 'explain', message: t(CLI.unknownOption, { option: a }) });
    else out.text.push(a);
  }
  return out;
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageError(io, parsed);
  let text = parsed.text.join(' ');
  if (parsed.text.length === 0) {
    if (!io.readStdin) return usageError(io, t(CLI.ofCommand, { command: 'explain', message: t(CLI.explainNoText) }));
    text = await io.readStdin();
  }
  const capped = capText(text);
  if (capped.cut) errorLine(io, t(IO.textCut, { what: parsed.text.length ? t(IO.theArguments) : t(IO.stdin), max: SIZE_CAPS.paste }));
  if (!capped.text.trim()) return usageError(io, t(CLI.ofCommand, { command: 'explain', message: t(CLI.explainEmpty) }));
  const report = explainReport(capped.text, { hardwareArch: parsed.arch });
  if (parsed.format === 'json') io.out(renderJson(report));
  else if (parsed.format === 'markdown') io.out(renderMarkdown(report));
  else if (report.findings.length === 0) io.out(`go-lldb-doctor: ${t(CLI.explainNoMatch)}\n`);
  else io.out(renderText(report, { color: Boolean(io.isTTY) && !process.env.NO_COLOR }));
  return report.verdict === 'error' ? 1 : 0;
}
