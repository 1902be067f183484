/**
 * The connection vscode-go makes to dlv: `net.createConnection` to the listen address with a fixed 1000 ms timeout
 * (vscode-go goDebugFactory.ts:392-403), both to the dlv it started (after its listen line) and to a configured
 * `host`/`port`. Past it F5 shows `Couldn't start dlv dap: connection timeout` (research/field-2026.md §1.6). The
 * self-test keeps trying for longer (a refused connection is tried again every RETRY_MS) so that it can say how
 * long dlv really took, and judges that delay against vscode-go's limit.
 */
import * as net from 'node:net';

export const VSCODE_GO_CONNECT_MS = 1000;
const RETRY_MS = 25;

export type Connected = { socket: net.Socket; ms: number } | { error: string; ms: number };

function once(host: string, port: number, timeoutMs: number): Promise<net.Socket | string> {
  return new Promise((resolve) => {
    let socket: net.Socket;
    try {
      socket = net.createConnection({ host, port });
    } catch (e) {
      resolve((e as NodeJS.ErrnoException).code ?? 'EINVAL'); // a port out of range
      return;
    }
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('ETIMEDOUT');
    }, Math.max(1, timeoutMs));
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(e.code ?? e.message);
    });
  });
}

/** Connects within budgetMs, measured from `since` (the listen line); the last error when nothing accepted. */
export async function connectDap(host: string, port: number, since: number, budgetMs: number): Promise<Connected> {
  const deadline = since + budgetMs;
  let error = 'ETIMEDOUT';
  while (Date.now() < deadline) {
    const r = await once(host, port, deadline - Date.now());
    if (typeof r !== 'string') return { socket: r, ms: Date.now() - since };
    error = r;
    await new Promise((res) => setTimeout(res, RETRY_MS));
  }
  return { error, ms: Date.now() - since };
}

/** A free loopback port, as vscode-go picks one (get-port: listen on 0, read the port, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
