/**
 * `go-lldb-doctor snapshot DIR [--launch FILE [--config NAME]] [--settings FILE] [--snapshot SRC]`: captures this
 * machine (or re-captures a snapshot) into DIR as SNAPSHOT.md §1 describes. Refuses (one line, exit 2) a DIR that
 * is a file or a folder that is not empty. After writing, prints the summary of what the folder holds, read back
 * from it (the same Markdown the VS Code export opens: core/capture/summary.ts).
 */
import type { Io } from './io';
import { errorLine, usageError } from './io';
import { buildInput, parseWorkspaceArgs } from './diagnose';
import { captureSnapshot } from '../core/capture/capture';
import { snapshotSummary } from '../core/capture/summary';
import { shellQuote } from '../core/text';
import { outRefusal, WriteError } from '../core/io/write';
import { t } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';

export async function runSnapshot(args: string[], io: Io): Promise<number> {
  const a = parseWorkspaceArgs(args);
  if (typeof a === 'string') return usageError(io, t(CLI.ofCommand, { command: 'snapshot', message: a }));
  const [dir, extra] = a.rest;
  if (!dir || extra !== undefined) return usageError(io, t(CLI.ofCommand, { command: 'snapshot', message: t(CLI.snapshotOneFolder) }));
  const refusal = outRefusal(dir);
  if (refusal) {
    errorLine(io, refusal);
    return 2;
  }
  const built = buildInput(a);
  if (!built.ok) {
    errorLine(io, built.error);
    return 2;
  }
  try {
    const r = await captureSnapshot(built.input, dir);
    const codes = r.report.findings.map((f) => f.code).join(', ') || t(CLI.snapshotNoFindings);
    for (const line of r.refused) errorLine(io, line);
    io.out(`${snapshotSummary(r.dir)}\n`);
    io.out(`${t(CLI.snapshotWrote, { dir, files: r.files, bytes: r.bytes, verdict: r.report.verdict, codes, quoted: shellQuote(dir) })}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof WriteError ? e.message : t(CLI.snapshotCannotWrite, { dir, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    errorLine(io, message.split('\n')[0] ?? '');
    return 2;
  }
}
