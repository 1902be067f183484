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

export async function runSnapshot(args: string[], io: Io): Promise<number> {
  const a = parseWorkspaceArgs(args);
  if (typeof a === 'string') return usageError(io, `snapshot: ${a}`);
  const [dir, extra] = a.rest;
  if (!dir || extra !== undefined) return usageError(io, 'snapshot: give one output folder: go-lldb-doctor snapshot DIR');
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
    const codes = r.report.findings.map((f) => f.code).join(', ') || 'no findings';
    for (const line of r.refused) errorLine(io, line);
    io.out(`${snapshotSummary(r.dir)}\n`);
    io.out(`Wrote ${dir}: ${r.files} files, ${r.bytes} bytes (verdict ${r.report.verdict}: ${codes}).\nReplay it with: go-lldb-doctor --snapshot ${shellQuote(dir)}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof WriteError ? e.message : `${dir}: cannot write the snapshot (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    errorLine(io, message.split('\n')[0] ?? '');
    return 2;
  }
}
