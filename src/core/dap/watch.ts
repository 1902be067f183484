/**
 * DapWatch: one per debug session, fed by a DebugAdapterTracker. It remembers the launch request, reads failed
 * responses and output events, and turns them into findings. Output of the program itself is not classified
 * once the launch has succeeded (only vscode-go's `console` lines are), so a program printing "not an executable
 * file" does not raise a finding. Output arrives in chunks: the last lines of the previous chunks are kept so that a
 * message split across two events still matches.
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Finding } from '../report/types';
import { dedupeFindings, normalizeFindings } from '../findings/merge';
import type { ClassifyContext, LaunchFacts, TextFacts } from './context';
import { factsOf } from './context';
import { matchText } from './classify';
import { spawnErrorText } from './spawn';
import { launchFactsOf, failureText, unverifiedText } from './messages';
import DLV_EXITED from '../findings/shared/dlv-exited';
import { delveSourcePaths as delvePaths } from '../findings/substitute';

const PATH_CODE = 'breakpoints-path-mismatch';

const TAIL = 2048;

export class DapWatch {
  private readonly ctx: ClassifyContext;
  private launch: LaunchFacts = {};
  private facts: TextFacts = {};
  private all: Finding[] = [];
  /** Every text classified so far, with the launch facts it was read with: what `findingsFor` reads again. */
  private readonly inputs: { text: string; fallback?: 'dlv-start-failed'; launch: LaunchFacts }[] = [];
  /** Findings that do not depend on the machine (the adapter's exit). */
  private readonly fixed: Finding[] = [];
  /** Source paths Delve reported (stack frames, breakpoints): its side of a substitutePath rule (issue 20 item 9). */
  private readonly delvePaths = new Set<string>();
  private tail = '';
  private launched = false;
  private terminated = false;

  constructor(opts?: ClassifyContext) {
    this.ctx = { ...opts };
  }

  /** Messages to the adapter: remember the launch/attach arguments. */
  onWillReceiveMessage(m: unknown): void {
    const facts = launchFactsOf(m as DebugProtocol.ProtocolMessage);
    if (facts) this.launch = facts;
  }

  /** Messages from the adapter: failed responses and output events. Returns the findings this message added. */
  onDidSendMessage(m: unknown): Finding[] {
    const msg = m as Partial<DebugProtocol.Response & DebugProtocol.Event>;
    if (msg?.type === 'response') {
      if (msg.success) {
        if (msg.command === 'launch' || msg.command === 'attach') this.launched = true;
        const seen = this.notePaths(msg.command, msg.body);
        return [...this.add(unverifiedText(msg as DebugProtocol.Response)), ...seen];
      }
      return this.add(failureText(msg as DebugProtocol.Response));
    }
    if (msg?.type !== 'event') return [];
    if (msg.event === 'terminated') this.terminated = true;
    if (msg.event !== 'output') return [];
    const body = (msg as DebugProtocol.OutputEvent).body;
    if (typeof body?.output !== 'string') return [];
    // After the launch only the adapter's own lines count: vscode-go's `console`, Delve's `important` (the trimpath warning).
    if (this.launched && body.category !== 'console' && body.category !== 'important') return [];
    const text = this.tail + body.output;
    this.tail = text.split('\n').slice(-3).join('\n').slice(-TAIL);
    return this.add(text);
  }

  /** The adapter could not be started or failed: spawn errors (ENOENT, EACCES, errno -86) and others. */
  onError(e: { message: string; code?: string | number; errno?: number }): Finding[] {
    return this.add(spawnErrorText(e), { fallback: 'dlv-start-failed' });
  }

  onExit(code?: number, signal?: string): Finding[] {
    if (!code && !signal) return [];
        const detail = signal ? t(V.adapterKilled, { signal }) : t(V.adapterExited, { code: String(code) });
    const exited = DLV_EXITED.make({ detail, evidence: [signal ? t(DLV_EXITED.texts.evKilled, { signal }) : t(DLV_EXITED.texts.evExited, { code: String(code) })] });
    this.fixed.push(exited);
    return this.record([exited]);
  }

  /** Everything so far: one finding per code, evidence accumulated, root cause first. */
  findings(): Finding[] {
    return normalizeFindings(this.all);
  }

  /**
   * Everything so far, read again for another machine: the session's texts classified with `ctx` (the platform
   * and CPU of the report they are merged into, known only once the preflight finished), not the context the
   * watch was made with.
   */
  findingsFor(ctx: ClassifyContext): Finding[] {
    const facts: TextFacts = {};
    const found: Finding[] = [...this.fixed];
    for (const input of this.inputs) {
      factsOf(input.text, facts);
      const stall = this.ctx.eventLoopStallMs !== undefined ? { eventLoopStallMs: this.ctx.eventLoopStallMs } : {};
      found.push(...this.match(input.text, { ...ctx, ...stall, launch: { ...ctx.launch, ...input.launch }, delvePaths: [...this.delvePaths] }, facts, input.fallback));
    }
    return normalizeFindings(dedupeFindings(found));
  }

  /**
   * The extension host's longest event-loop stall around this Go debug start (issue 20 item 8), measured by the VS
   * Code layer: a `connection timeout` read after it names the busy extension host instead of dlv.
   */
  noteEventLoopStall(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.ctx.eventLoopStallMs = Math.max(ms, this.ctx.eventLoopStallMs ?? 0);
  }

  /** Whether the session ended before Delve launched the program. */
  get failedBeforeLaunch(): boolean {
    return this.terminated && !this.launched;
  }

  private add(text: string, opts?: { fallback?: 'dlv-start-failed' }): Finding[] {
    if (!text.trim()) return [];
    this.inputs.push({ text, launch: { ...this.launch }, ...(opts?.fallback ? { fallback: opts.fallback } : {}) });
    factsOf(text, this.facts);
    const ctx = { ...this.ctx, launch: { ...this.ctx.launch, ...this.launch }, delvePaths: [...this.delvePaths] };
    return this.record(this.match(text, ctx, this.facts, opts?.fallback));
  }

  /**
   * Remembers the source paths of a successful response; when they are new and a breakpoint did not verify, the
   * breakpoint texts are read again with them, so the finding gains its substitutePath rule (replacing the old one).
   */
  private notePaths(command: string | undefined, body: unknown): Finding[] {
    const before = this.delvePaths.size;
    for (const p of delvePaths(command, body)) if (this.delvePaths.size < 256) this.delvePaths.add(p);
    if (this.delvePaths.size === before || !this.all.some((f) => f.code === PATH_CODE)) return [];
    const ctx = { ...this.ctx, launch: { ...this.ctx.launch, ...this.launch }, delvePaths: [...this.delvePaths] };
    const again = this.inputs.flatMap((i) => matchText(i.text, { ...ctx, launch: { ...ctx.launch, ...i.launch } })).filter((f) => f.code === PATH_CODE);
    this.all = this.all.filter((f) => f.code !== PATH_CODE);
    return this.record(again);
  }

  private match(text: string, ctx: ClassifyContext, facts: TextFacts, fallback?: 'dlv-start-failed'): Finding[] {
    const found = matchText(text, ctx, facts);
    return found.length === 0 && fallback ? matchText(`Couldn't start dlv dap: ${text}`, ctx, facts) : found;
  }

  /** Keeps the findings; returns those that bring a code or evidence not seen before. */
  private record(found: Finding[]): Finding[] {
    const before = new Set(this.all.flatMap((f) => f.evidence.map((e) => `${f.code}\u0000${e}`)));
    this.all = dedupeFindings([...this.all, ...found]);
    return normalizeFindings(found).filter((f) => f.evidence.some((e) => !before.has(`${f.code}\u0000${e}`)));
  }
}
