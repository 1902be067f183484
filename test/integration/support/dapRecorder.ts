import * as vscode from 'vscode';
import type { DebugProtocol } from '@vscode/debugprotocol';

/** A DAP message as a tracker saw it: sent to the adapter (a request) or received from it. */
interface RecordedMessage {
  readonly direction: 'toAdapter' | 'fromAdapter';
  readonly message: DebugProtocol.ProtocolMessage;
}

export interface RecordedSession {
  readonly messages: RecordedMessage[];
  exit?: { code: number | undefined; signal: string | undefined };
  error?: Error;
}

/**
 * A second DebugAdapterTrackerFactory for `go`, registered by a test: records every session's DAP traffic so the
 * test can check what the extension's own tracker was shown. Dispose it when done.
 */
export class DapRecorder implements vscode.Disposable {
  private readonly sessions = new Map<string, RecordedSession>();
  private readonly registration: vscode.Disposable;

  constructor(debugType = 'go') {
    this.registration = vscode.debug.registerDebugAdapterTrackerFactory(debugType, {
      createDebugAdapterTracker: (session) => this.track(session.id),
    });
  }

  /** What was recorded for a session (empty when the tracker never saw it). */
  session(id: string): RecordedSession {
    return this.sessions.get(id) ?? { messages: [] };
  }

  dispose(): void {
    this.registration.dispose();
  }

  private track(id: string): vscode.DebugAdapterTracker {
    const rec: RecordedSession = { messages: [] };
    this.sessions.set(id, rec);
    const push = (direction: RecordedMessage['direction'], m: unknown) =>
      rec.messages.push({ direction, message: m as DebugProtocol.ProtocolMessage });
    return {
      onWillReceiveMessage: (m: unknown) => push('toAdapter', m),
      onDidSendMessage: (m: unknown) => push('fromAdapter', m),
      onExit: (code, signal) => (rec.exit = { code, signal }),
      onError: (error) => (rec.error = error),
    };
  }
}

/** The response the adapter sent to the first request named `command`. */
export function responseTo(rec: RecordedSession, command: string): DebugProtocol.Response | undefined {
  return rec.messages
    .filter((r) => r.direction === 'fromAdapter' && r.message.type === 'response')
    .map((r) => r.message as DebugProtocol.Response)
    .find((m) => m.command === command);
}

/** Every event named `event` the adapter sent, in order. */
export function eventsNamed(rec: RecordedSession, event: string): DebugProtocol.Event[] {
  return rec.messages
    .filter((r) => r.direction === 'fromAdapter' && r.message.type === 'event')
    .map((r) => r.message as DebugProtocol.Event)
    .filter((m) => m.event === event);
}
