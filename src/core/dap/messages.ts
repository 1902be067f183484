/** Reading DAP messages: the launch/attach request's arguments, a failed response's text. */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { LaunchFacts } from './context';

type Args = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function substitutePathOf(v: unknown): { from: string; to: string }[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((r): r is { from: string; to: string } => typeof r?.from === 'string' && typeof r?.to === 'string').slice(0, 64).map((r) => ({ from: r.from, to: r.to }));
}

export function launchFactsOf(m: DebugProtocol.ProtocolMessage | undefined): LaunchFacts | undefined {
  const req = m as DebugProtocol.Request | undefined;
  if (req?.type !== 'request' || (req.command !== 'launch' && req.command !== 'attach')) return undefined;
  const a = (req.arguments ?? {}) as Args;
  const env = (typeof a.env === 'object' && a.env !== null ? a.env : {}) as Args;
  return {
    request: req.command,
    backend: str(a.backend),
    mode: str(a.mode),
    goarch: str(env.GOARCH),
    dlvToolPath: str(a.dlvToolPath),
    program: str(a.program),
    processId: typeof a.processId === 'number' ? a.processId : undefined,
    substitutePath: substitutePathOf(a.substitutePath),
    host: str(a.host),
    port: typeof a.port === 'number' && a.port > 0 ? a.port : undefined,
  };
}

/** The text of a failed response: Delve's `body.error.format` (variables filled in), else `message`. */
export function failureText(r: DebugProtocol.Response): string {
  const err = (r.body as { error?: DebugProtocol.Message } | undefined)?.error;
  const parts: string[] = [];
  if (err && typeof err.format === 'string') {
    const vars = err.variables ?? {};
    parts.push(err.format.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all));
  }
  if (typeof r.message === 'string' && !parts.some((p) => p.includes(r.message as string))) parts.push(r.message);
  return parts.join('\n');
}

/**
 * The breakpoints an otherwise successful set*Breakpoints response reports unverified with a reason, one line
 * each: `breakpoint main.go:53 not verified: input/output error` (Rosetta for Linux, delve#3616).
 */
export function unverifiedText(r: DebugProtocol.Response): string {
  if (!/^set\w*Breakpoints$/.test(r.command)) return '';
  const bps = (r.body as { breakpoints?: DebugProtocol.Breakpoint[] } | undefined)?.breakpoints;
  if (!Array.isArray(bps)) return '';
  const where = (b: DebugProtocol.Breakpoint) => `${b.source?.path ?? b.source?.name ?? ''}${b.line ? `:${b.line}` : ''}`;
  return bps.filter((b) => b?.verified === false && typeof b.message === 'string' && b.message).map((b) => `breakpoint ${where(b)} not verified: ${b.message}`).join('\n');
}
