/**
 * A DAP client over a TCP socket, the way VS Code talks to `dlv dap`. The framing (Content-Length headers,
 * sequence numbers, request timeouts) is @vscode/debugadapter's ProtocolServer, the maintained code VS Code's own
 * debug adapters use; this class adds the client side it leaves out (events to listeners) and a cap on what the
 * adapter may send (a work budget: past MAX_BYTES the socket is closed). Every message in and out is passed to
 * `onMessage`, so that the DAP watch reads the session as a tracker would.
 */
import type { Socket } from 'node:net';
import { ProtocolServer } from '@vscode/debugadapter/lib/protocol';
import type { DebugProtocol } from '@vscode/debugprotocol';

const MAX_BYTES = 16 << 20;

export type Direction = 'in' | 'out';

export class DapClient extends ProtocolServer {
  private readonly waiters: { events: readonly string[]; resolve: (e: DebugProtocol.Event) => void }[] = [];
  private readonly seen: DebugProtocol.Event[] = [];
  /** Requests waiting for their response, by seq: answered here, with a timer cleared at the answer (the base
   * class's own request timer cannot be cleared and would keep a CLI process alive for the whole budget). */
  private readonly pending = new Map<number, (r: DebugProtocol.Response) => void>();
  private lastSeq = 0;
  private received = 0;
  closed = false;

  constructor(private readonly socket: Socket, private readonly onMessage: (m: DebugProtocol.ProtocolMessage, dir: Direction) => void) {
    super();
    this.on('error', () => undefined); // a stream error closes the socket, which the stages see as 'closed'
    socket.on('data', (b: Buffer) => {
      this.received += b.length;
      if (this.received > MAX_BYTES) socket.destroy();
    });
    socket.on('close', () => {
      this.closed = true;
    });
    this.onDidSendMessage((m) => {
      this.lastSeq = (m as DebugProtocol.ProtocolMessage).seq;
      this.onMessage(m as DebugProtocol.ProtocolMessage, 'out');
    });
    this.start(socket, socket);
  }

  override handleMessage(msg: DebugProtocol.ProtocolMessage): void {
    this.onMessage(msg, 'in');
    if (msg.type === 'response') {
      const r = msg as DebugProtocol.Response;
      const done = this.pending.get(r.request_seq);
      this.pending.delete(r.request_seq);
      return done?.(r);
    }
    if (msg.type !== 'event') return;
    const e = msg as DebugProtocol.Event;
    const i = this.waiters.findIndex((w) => w.events.includes(e.event));
    if (i >= 0) this.waiters.splice(i, 1)[0]?.resolve(e);
    else this.seen.push(e);
  }

  /** A request and its response; a response with success false (or `timeout`) is returned, never thrown. */
  request(command: string, args: unknown, timeoutMs: number): Promise<DebugProtocol.Response> {
    return new Promise((resolve) => {
      // No callback to the base class: it sends (framing, seq) and this class waits for the answer.
      this.sendRequest(command, args, 0, undefined as unknown as (r: DebugProtocol.Response) => void);
      const seq = this.lastSeq;
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        resolve({ type: 'response', seq: 0, request_seq: seq, command, success: false, message: 'timeout' });
      }, Math.max(1, timeoutMs));
      this.pending.set(seq, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
  }

  /**
   * The next event named one of `events` (one that came earlier and was not taken yet counts), or undefined at the
   * timeout.
   */
  nextEvent(events: readonly string[], timeoutMs: number): Promise<DebugProtocol.Event | undefined> {
    const i = this.seen.findIndex((e) => events.includes(e.event));
    if (i >= 0) return Promise.resolve(this.seen.splice(i, 1)[0]);
    return new Promise((resolve) => {
      const w = { events, resolve: (e: DebugProtocol.Event | undefined) => { clearTimeout(timer); resolve(e); } };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        resolve(undefined);
      }, Math.max(1, timeoutMs));
      this.waiters.push(w);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
