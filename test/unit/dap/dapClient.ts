/**
 * A minimal DAP client for tests that talk to a real `dlv dap` (Debian's /usr/bin/dlv): spawns it on a loopback
 * port, frames messages (Content-Length), and records everything Delve sends, in order. Test-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';

export interface DapSession {
  send(command: string, args?: Record<string, unknown>): Promise<Record<string, unknown>>;
  waitEvent(event: string, ms?: number): Promise<Record<string, unknown>>;
  messages: Record<string, unknown>[];
  /** The requests sent, in order. */
  sent: Record<string, unknown>[];
  close(): void;
}

export async function startDlvDap(dlv: string, cwd: string): Promise<DapSession> {
  const child: ChildProcess = spawn(dlv, ['dap', '--listen=127.0.0.1:0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const addr = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dlv dap did not listen: ${out}`)), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /DAP server listening at: (\S+)/.exec(out);
      if (m?.[1]) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('error', reject);
  });
  const [host, port] = [addr.slice(0, addr.lastIndexOf(':')), Number(addr.slice(addr.lastIndexOf(':') + 1))];
  const socket = net.createConnection(port, host);
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject); });
  const messages: Record<string, unknown>[] = [];
  const waiters: { test: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }[] = [];
  let buf = Buffer.alloc(0);
  socket.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1] ?? 0);
      if (buf.length < head + 4 + len) return;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString()) as Record<string, unknown>;
      buf = buf.subarray(head + 4 + len);
      messages.push(msg);
      for (const w of waiters.filter((x) => x.test(msg))) { waiters.splice(waiters.indexOf(w), 1); w.resolve(msg); }
    }
  });
  let seq = 0;
  const sent: Record<string, unknown>[] = [];
  const wait = (test: (m: Record<string, unknown>) => boolean, ms: number, what: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const found = messages.find(test);
      if (found) return resolve(found);
      const timer = setTimeout(() => reject(new Error(`no ${what} from dlv dap within ${ms} ms`)), ms);
      waiters.push({ test, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  return {
    messages,
    sent,
    send(command, args) {
      const s = ++seq;
      const req = { seq: s, type: 'request', command, arguments: args ?? {} };
      sent.push(req);
      const body = JSON.stringify(req);
      socket.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return wait((m) => m.type === 'response' && m.request_seq === s, 30_000, `${command} response`);
    },
    waitEvent(event, ms = 30_000) {
      return wait((m) => m.type === 'event' && m.event === event, ms, `${event} event`);
    },
    close() {
      socket.destroy();
      try { if (child.pid) process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    },
  };
}
