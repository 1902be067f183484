/**
 * `go-lldb-doctor selftest [--json|--markdown] [--launch FILE --config NAME] [--settings FILE] [--timeout S]`:
 * debugs a small program with the dlv F5 would start and says at which stage it breaks (issue 18). Exit 0 when
 * every stage passed, 1 when one failed, 2 when it could not run.
 */
import type { Io } from './io';
import { errorLine, usageError } from './io';
import { buildInput, parseWorkspaceArgs } from './diagnose';
import { runSelftest } from '../core/selftest/index';
import { selftestJson, selftestMarkdown, selftestText } from '../core/selftest/render';
import { t } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';

/** Takes `--timeout S` out of args; a string is a usage error. */
function takeTimeout(args: string[]): { args: string[]; ms?: number } | string {
  const out: string[] = [];
  let ms: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a !== '--timeout' && !a.startsWith('--timeout=')) {
      out.push(a);
      continue;
    }
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    const s = Number(v);
    if (!v || !Number.isFinite(s) || s <= 0 || s > 3600) return t(CLI.timeoutNeeds);
    ms = Math.round(s * 1000);
  }
  return ms === undefined ? { args: out } : { args: out, ms };
}

export async function runSelftestCommand(args: string[], io: Io): Promise<number> {
  const timed = takeTimeout(args);
  if (typeof timed === 'string') return usageError(io, timed);
  const a = parseWorkspaceArgs(timed.args);
  if (typeof a === 'string') return usageError(io, a);
  if (a.rest[0] !== undefined) return usageError(io, t(CLI.unexpectedArgument, { arg: a.rest[0] }));
  if (a.snapshot) return usageError(io, t(CLI.selftestNoSnapshot));
  const built = buildInput(a);
  if (!built.ok) {
    errorLine(io, built.error);
    return 2;
  }
  const result = await runSelftest({ ...built.input, ...(timed.ms ? { totalMs: timed.ms } : {}) });
  if (a.format === 'json') io.out(selftestJson(result));
  else if (a.format === 'markdown') io.out(selftestMarkdown(result));
  else io.out(selftestText(result));
  if (result.notRun) return 2;
  return result.ok ? 0 : 1;
}
