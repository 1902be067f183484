/**
 * explain: the findings a piece of text alone supports. The text is an error message from the Debug Console, or
 * JSON lines of DAP messages (raw, or inside log lines such as `← dlv {...}`), possibly mixed with plain lines.
 * DAP messages go through a DapWatch in order (requests to the adapter tell it the launch arguments); plain lines
 * in a DAP transcript go in as console output.
 *
 * Host: explain knows nothing of the machine it runs on, and that machine need not be the Mac the text came
 * from. The report's host is that Mac as far as the user (--arch) or the text tells: platform and processArch
 * "unknown", hardwareArch only when given or implied (a Delve Rosetta message implies Apple Silicon).
 */
import type { Finding, HostInfo, Report } from '../report/types';
import { REPORT_FORMAT, verdictOf } from '../report/types';
import { classifyText, DapWatch } from '../dap';
import type { ClassifyContext } from '../dap';
import { factsOf } from '../dap/context';
import { normalizeHardware } from '../arch/names';
import { jsonIn, normalizeText, stripAnsi } from '../dap/text';
import { capText } from '../io/read';

type Dap = { type: 'request' | 'response' | 'event' };

function asDap(line: string): Dap | undefined {
  const v = jsonIn(line) as Partial<Dap> | undefined;
  return v && typeof v === 'object' && (v.type === 'request' || v.type === 'response' || v.type === 'event') ? (v as Dap) : undefined;
}

function replay(lines: string[], ctx: ClassifyContext): Finding[] {
  const watch = new DapWatch(ctx);
  const plain: string[] = [];
  const flush = () => {
    if (plain.length) watch.onDidSendMessage({ seq: 0, type: 'event', event: 'output', body: { category: 'console', output: `${plain.join('\n')}\n` } });
    plain.length = 0;
  };
  for (const line of lines) {
    const m = asDap(line);
    if (!m) {
      plain.push(line);
      continue;
    }
    flush();
    if (m.type === 'request') watch.onWillReceiveMessage(m);
    else watch.onDidSendMessage(m);
  }
  flush();
  return watch.findings();
}

/** The findings of a text: a DAP transcript replayed through the watch, anything else classified line by line. */
function explain(text: string, ctx?: ClassifyContext): Finding[] {
  const lines = stripAnsi(text).replace(/\r\n?/g, '\n').split('\n');
  if (lines.some((l) => asDap(l))) return replay(lines, ctx ?? {});
  return classifyText(text, ctx);
}

export interface ExplainOptions {
  /** The Mac's CPU as the user states it (arm64, x86_64). */
  hardwareArch?: string;
  platform?: string;
}

function explainHost(text: string, opts: ExplainOptions): HostInfo {
  const hw = normalizeHardware(opts.hardwareArch) ?? (factsOf(normalizeText(text)).rosetta ? 'arm64' : undefined);
  return { platform: opts.platform ?? 'unknown', processArch: 'unknown', ...(hw ? { hardwareArch: hw } : {}) };
}

/** The findings of a pasted text, read within the paste cap (SIZE_CAPS.paste, the CLI's standard input's too). */
export function explainReport(pasted: string, opts: ExplainOptions = {}): Report {
  const text = capText(pasted).text;
  const findings = explain(text, { hardwareArch: opts.hardwareArch, platform: opts.platform });
  return { format: REPORT_FORMAT, verdict: verdictOf(findings), host: explainHost(text, opts), components: [], findings };
}
